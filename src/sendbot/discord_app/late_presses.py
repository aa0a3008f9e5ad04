"""Buttons pressed (or forms submitted) when nothing in this process holds their view any
more, that the extension which showed them can still answer from what it kept on disk.

A view lives in memory: after its timeout, or a restart, a press on its buttons reaches no
view (`orphans`). Where an extension keeps what the view was for (a /kb ingest review is kept
in the data directory), a button or form whose custom_id names it is answered by that
extension's maker instead of with the orphaned-press line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord

PressHandler = Callable[[discord.Interaction[Any]], Awaitable[None]]
# What answers the press on the button a custom_id names (None: not one of its buttons).
PressMaker = Callable[[str], PressHandler | None]


class LatePresses:
    """The makers of answers to late presses, as extensions register them."""

    def __init__(self) -> None:
        self._makers: list[PressMaker] = []

    def add(self, maker: PressMaker) -> None:
        self._makers.append(maker)

    def remove(self, maker: PressMaker) -> None:
        if maker in self._makers:
            self._makers.remove(maker)

    def handler(self, custom_id: str) -> PressHandler | None:
        """What answers a press on this custom_id, or None when no extension knows it."""
        for maker in self._makers:
            handler = maker(custom_id)
            if handler is not None:
                return handler
        return None
