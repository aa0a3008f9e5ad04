"""The Discord front end (being built: see the open issue). Until then `run` says so."""

from __future__ import annotations

import sys

from bot.settings import Settings


def run_discord(settings: Settings) -> int:
    settings.require_token()
    print("sendbot: the Discord front end is not available in this version", file=sys.stderr)
    return 2
