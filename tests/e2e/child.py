"""Run the real `sendbot` command line with discord.py pointed at a FakeDiscord.

python -m tests.e2e.child HTTP_BASE GATEWAY_URL [sendbot arguments...]

For tests and benchmarks that need the bot in its own process (signals, exit codes, memory):
the only change from `python -m sendbot` is where discord.py connects.
"""

from __future__ import annotations

import sys

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


def main(argv: list[str]) -> int:
    http_base, gateway, *arguments = argv
    Route.BASE = http_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    from sendbot.cli.main import main as sendbot

    return sendbot(arguments)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
