"""A view whose buttons are shown switched off once it times out, and whose errors the user
hears about (discord.py would only log them)."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import ui

from sendbot.discord_app.errors import report_error
from sendbot.discord_app.send import NO_MENTIONS

log = logging.getLogger("sendbot.views")


class ExpiringView(ui.View):
    # What the buttons are, for error messages and logs: "page buttons", "a /kb confirmation".
    what = "buttons"

    def __init__(self, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        # The interaction whose response carries this view: edited to show it switched off.
        self.origin: discord.Interaction[Any] | None = None

    def switch_off(self) -> None:
        for item in self.children:
            if isinstance(item, ui.Button):
                item.disabled = True
        self.stop()

    def expired_text(self) -> str | None:
        """What the message says once the buttons time out; None keeps its text."""
        return None

    async def on_timeout(self) -> None:
        self.switch_off()
        if self.origin is None:
            return
        changes: dict[str, Any] = {"view": self, "allowed_mentions": NO_MENTIONS}
        if (text := self.expired_text()) is not None:
            changes["content"] = text
        try:
            await self.origin.edit_original_response(**changes)
        except discord.HTTPException as exc:
            log.info("could not switch off %s after the timeout: %s", self.what, exc)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: ui.Item[Any], /
    ) -> None:
        await report_error(interaction, error, self.what)
