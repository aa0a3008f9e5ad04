"""/trend MEASURE: the measure's figures over time as a chart, with the same facts as text.

The chart is drawn in a worker thread (matplotlib is slow to import and to draw, and the
event loop must keep answering), after the interaction is deferred so Discord waits for it.
If drawing fails, the text still goes out.
"""

from __future__ import annotations

import asyncio
import io
import logging
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from sendbot.answering.autocomplete import ChoiceList
from sendbot.answering.trend import Trend, measure_choices, measure_named, trend
from sendbot.discord_app.client import SendBot
from sendbot.discord_app.errors import too_quick_text
from sendbot.discord_app.exts.ask import Cooldown, complete
from sendbot.discord_app.exts.trend._render import (
    chart_filename,
    trend_embed,
    unknown_measure_text,
)
from sendbot.discord_app.per_index import PerIndex
from sendbot.discord_app.send import respond, to_embed

log = logging.getLogger("sendbot.trend")

# Drawing a chart costs far more than answering a question: fewer in a row per user. Only a
# chart counts: a mistyped measure costs nothing, and must not make the right one wait.
COMMAND_RATE, COMMAND_PER = 3, 30.0
NO_ATTACH = "No chart here: sendbot needs the Attach Files permission in this channel."


def render_chart(chart: Trend) -> bytes:
    """The PNG; run in a worker thread (the chart module is imported there on first use)."""
    from sendbot.charts.trend_png import render_png

    return render_png(chart)


class Trends(commands.Cog):
    def __init__(self, bot: SendBot) -> None:
        self.bot = bot
        self._choices = PerIndex(lambda index: measure_choices(index.kb))
        self.chart_cooldown = Cooldown(COMMAND_RATE, COMMAND_PER)
        self.clock = time.monotonic

    async def cog_load(self) -> None:
        self.choices()  # built now, so the first keystroke is as fast as the rest

    def choices(self) -> ChoiceList:
        """Measure choices for the current index (rebuilt when the index is swapped)."""
        return self._choices.of(self.bot.index())

    @app_commands.command(name="trend")
    @app_commands.describe(
        measure="What to chart: start typing, e.g. high needs budget",
        private="Only you see it (default: everyone in the channel)",
    )
    async def trend_command(
        self,
        interaction: discord.Interaction[Any],
        measure: app_commands.Range[str, 1, 100],
        private: bool = False,
    ) -> None:
        """Chart a figure over time: every point labelled with its value, source and date."""
        kb = self.bot.index().kb
        chart = trend(kb, measure_named(kb, measure))
        if chart is None:
            await respond(interaction, unknown_measure_text(kb, measure), ephemeral=True)
            return
        wait = self.chart_cooldown.hit(interaction.user.id, self.clock())
        if wait:
            await respond(interaction, too_quick_text(wait), ephemeral=True)
            return
        if not interaction.app_permissions.attach_files:
            # Discord drops files from a reply where the app may not attach them.
            embed = to_embed(trend_embed(chart, with_image=False, note=NO_ATTACH))
            await respond(interaction, embed=embed, ephemeral=private)
            return
        await interaction.response.defer(thinking=True, ephemeral=private)
        try:
            png = await asyncio.to_thread(render_chart, chart)
        except Exception:
            log.exception("could not draw the chart for %s; sending the text only", chart.measure)
            embed = to_embed(trend_embed(chart, with_image=False))
            await respond(interaction, embed=embed, ephemeral=private)
            return
        chart_file = discord.File(io.BytesIO(png), filename=chart_filename(chart))
        embed = to_embed(trend_embed(chart))
        await respond(interaction, embed=embed, files=[chart_file], ephemeral=private)

    @trend_command.autocomplete("measure")
    async def _measure_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await complete(interaction, lambda: self.choices().complete(current))


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, SendBot):
        raise TypeError("the trend extension needs a SendBot")
    await bot.add_cog(Trends(bot))
