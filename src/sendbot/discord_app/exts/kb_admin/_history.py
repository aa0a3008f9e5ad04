"""/kb history in pages: Older and Newer buttons walk a long history a page at a time.

Each page is read from the history when its button is pressed (a page older than change #N,
as `sendbot kb history --before N` reads it), so a change saved meanwhile never shifts the
page being looked at. Only someone who may use /kb can press them.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import ui

from sendbot.discord_app.expiring import ExpiringView
from sendbot.discord_app.exts.kb_admin._access import allowed
from sendbot.discord_app.exts.kb_admin._render import history_embed
from sendbot.discord_app.send import NO_MENTIONS, to_embed
from sendbot.storage.history import HistoryEntry
from sendbot.storage.store import KnowledgeStore

if TYPE_CHECKING:
    from sendbot.discord_app.exts.kb_admin._cog import KbAdmin

HISTORY_PER_PAGE = 15

Interaction = discord.Interaction[Any]


@dataclass(frozen=True, slots=True)
class HistoryPage:
    entries: list[HistoryEntry]
    has_older: bool
    left_out: int = 0  # changes to other knowledge bases served with this data directory


def read_page(store: KnowledgeStore[Any], fact_id: str | None, before: int | None) -> HistoryPage:
    """One page, newest first, older than change #`before` when given. Blocks: off the loop."""
    entries = store.history(fact_id, HISTORY_PER_PAGE + 1, before=before)
    left_out = store.changes_to_other_bases(fact_id)
    return HistoryPage(entries[:HISTORY_PER_PAGE], len(entries) > HISTORY_PER_PAGE, left_out)


class HistoryPager(ExpiringView):
    what = "the /kb history buttons"

    def __init__(
        self, cog: KbAdmin, fact_id: str | None, first: HistoryPage, *, timeout: float
    ) -> None:
        super().__init__(timeout=timeout)
        self.cog = cog
        self.fact_id = fact_id
        # The `before` each page shown so far was read with: the newest page has none.
        self.starts: list[int | None] = [None]
        self.page = first
        self._update_buttons()

    @property
    def embed(self) -> discord.Embed:
        page = self.page
        return to_embed(
            history_embed(page.entries, self.fact_id, page=len(self.starts), left_out=page.left_out)
        )

    def _update_buttons(self) -> None:
        self.newer.disabled = len(self.starts) == 1
        self.older.disabled = not self.page.has_older

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        return await allowed(interaction, self.cog.bot, "a /kb history button")

    async def _show(self, interaction: Interaction, before: int | None) -> None:
        self.page = await asyncio.to_thread(read_page, self.cog.store, self.fact_id, before)
        self._update_buttons()
        await interaction.response.edit_message(
            embed=self.embed, view=self, allowed_mentions=NO_MENTIONS
        )

    @ui.button(label="Newer", style=discord.ButtonStyle.secondary, custom_id="sb:kbhist:newer")
    async def newer(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        if len(self.starts) > 1:
            self.starts.pop()
        await self._show(interaction, self.starts[-1])

    @ui.button(label="Older", style=discord.ButtonStyle.secondary, custom_id="sb:kbhist:older")
    async def older(self, interaction: Interaction, button: ui.Button[Any]) -> None:
        if not self.page.entries:
            return await self._show(interaction, self.starts[-1])
        self.starts.append(self.page.entries[-1].seq)
        await self._show(interaction, self.starts[-1])
