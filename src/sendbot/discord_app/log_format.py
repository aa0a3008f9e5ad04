"""The bot's log: discord.py's format for every line, sendbot's and discord.py's alike.

`sendbot run` and `sendbot sync` start it before they read their settings, so the bot's
first lines (a damaged state database, the installed knowledge base) share the format of
the lines discord.py writes once the client starts.
"""

from __future__ import annotations

import logging
import os
from typing import TextIO

import discord

# discord.py's own format without colour, for logs that are not read on a terminal.
PLAIN_LOG_FORMAT = logging.Formatter(
    "[{asctime}] [{levelname:<8}] {name}: {message}", "%Y-%m-%d %H:%M:%S", style="{"
)

HANDLER_NAME = "sendbot.bot_log"


def colour_wanted(stream: TextIO) -> bool:
    """Colour on a terminal only, and never with NO_COLOR set (no-color.org): discord.py
    alone colours in any Docker container too, so `docker compose logs > file` and a log
    collector got escape codes."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def start_bot_logging(level: int, stream: TextIO) -> None:
    """One handler on the root logger, writing to `stream` at `level` in discord.py's format
    (coloured on a terminal); it replaces the one an earlier call added (so no line is written
    twice). Where logging was set up by another (a test's capture) it adds none, as
    logging.basicConfig does not."""
    root = logging.getLogger()
    earlier = [handler for handler in root.handlers if handler.name == HANDLER_NAME]
    if len(earlier) == len(root.handlers):
        for handler in earlier:
            root.removeHandler(handler)
        _add_handler(level, stream)
    # `sendbot -v` is for sendbot's own decisions; discord.py's debug log is every gateway
    # event and request body (and interaction tokens in URLs), so it stays at INFO.
    logging.getLogger("discord").setLevel(max(level, logging.INFO))


def _add_handler(level: int, stream: TextIO) -> None:
    handler = logging.StreamHandler(stream)
    handler.name = HANDLER_NAME
    if colour_wanted(stream):  # without a formatter, discord.py's coloured one
        discord.utils.setup_logging(handler=handler, level=level, root=True)
    else:
        discord.utils.setup_logging(
            handler=handler, formatter=PLAIN_LOG_FORMAT, level=level, root=True
        )
