"""Pages of embeds with First / Previous / Next / Last buttons that only the person who asked
can press (First and Last: the shipped base's /facts is 17 pages, a large one hundreds).

The buttons stop after `timeout` seconds without a press, and are then shown disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord
from discord import ui

from sendbot.discord_app.expiring import ExpiringView
from sendbot.discord_app.render import EmbedSpec
from sendbot.discord_app.send import NO_MENTIONS, respond, to_embed

log = logging.getLogger("sendbot.pager")

NOT_YOURS = "These pages belong to whoever ran the command; run it yourself to browse."


class Pager(ExpiringView):
    what = "page buttons"

    def __init__(self, pages: Sequence[EmbedSpec], owner_id: int, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        if len(pages) < 2:
            raise ValueError("a pager needs at least two pages")
        self.pages = tuple(pages)
        self.owner_id = owner_id
        self.page = 0
        self._update_buttons()

    @property
    def embed(self) -> discord.Embed:
        return to_embed(self.pages[self.page])

    def _update_buttons(self) -> None:
        self.first.disabled = self.previous.disabled = self.page == 0
        self.next.disabled = self.last.disabled = self.page == len(self.pages) - 1

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.page = min(max(self.page + step, 0), len(self.pages) - 1)
        self._update_buttons()
        await interaction.response.edit_message(
            embed=self.embed, view=self, allowed_mentions=NO_MENTIONS
        )

    @ui.button(label="First", style=discord.ButtonStyle.secondary, custom_id="sb:page:first")
    async def first(self, interaction: discord.Interaction[Any], button: ui.Button[Any]) -> None:
        await self._turn(interaction, -len(self.pages))

    @ui.button(label="Previous", style=discord.ButtonStyle.secondary, custom_id="sb:page:prev")
    async def previous(self, interaction: discord.Interaction[Any], button: ui.Button[Any]) -> None:
        await self._turn(interaction, -1)

    @ui.button(label="Next", style=discord.ButtonStyle.secondary, custom_id="sb:page:next")
    async def next(self, interaction: discord.Interaction[Any], button: ui.Button[Any]) -> None:
        await self._turn(interaction, 1)

    @ui.button(label="Last", style=discord.ButtonStyle.secondary, custom_id="sb:page:last")
    async def last(self, interaction: discord.Interaction[Any], button: ui.Button[Any]) -> None:
        await self._turn(interaction, len(self.pages))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await respond(interaction, NOT_YOURS, ephemeral=True)
        return False
