"""The buttons under answers. They keep working after a restart: each is a DynamicItem whose
custom_id carries what it needs (a fact id, the asker's user id), so nothing is held in memory
per message and no view ever times out.

  sb:src:<fact>            Show source: the document, who answered, the question asked
  sb:rel:<fact>            Related: nearby facts, as sb:fact buttons
  sb:miss:<fact>:<asker>   Not what I asked (asker only): records the miss, offers alternatives
  sb:fact:<fact>           one fact (a topic offered instead of an answer, or a related fact)
  sb:del:<asker>           Dismiss (asker only): deletes the answer
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self

import discord
from discord import ui

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.misses import NOT_WHAT_I_ASKED
from sendbot.answering.related import related_facts
from sendbot.discord_app.errors import report_error
from sendbot.discord_app.render import (
    Kind,
    Rendered,
    Topic,
    fact_embed,
    question_from_footer,
    source_embed,
    topic,
    topics,
    topics_text,
)
from sendbot.discord_app.send import respond, to_embed
from sendbot.knowledge.model import Fact
from sendbot.knowledge.parse import SLUG_PATTERN

if TYPE_CHECKING:
    from sendbot.discord_app.client import SendBot

log = logging.getLogger("sendbot.buttons")

CUSTOM_ID_LIMIT = 100
GONE = "That fact is no longer in my sources."
ASKER_ONLY = "Only the person who asked can use that button."

Button = ui.Button[ui.View]


def sendbot_of(interaction: discord.Interaction[Any]) -> SendBot:
    from sendbot.discord_app.client import SendBot

    client = interaction.client
    if not isinstance(client, SendBot):
        raise TypeError(f"expected a SendBot, got {type(client).__name__}")
    return client


async def guarded(
    interaction: discord.Interaction[Any],
    what: str,
    handler: Callable[[discord.Interaction[Any]], Awaitable[None]],
) -> None:
    """discord.py only logs an exception in a dynamic item; this also tells the user."""
    try:
        await handler(interaction)
    except Exception as error:
        await report_error(interaction, error, what)


async def fact_or_gone(
    interaction: discord.Interaction[Any], fact_id: str
) -> tuple[FactIndex, Fact] | None:
    """The fact a button names, from the index serving now; None (and the user told) if gone."""
    index = sendbot_of(interaction).index()
    fact = index.kb.fact(fact_id)
    if fact is None:
        await respond(interaction, GONE, ephemeral=True)
        return None
    return index, fact


async def asker_only(interaction: discord.Interaction[Any], asker_id: int) -> bool:
    if interaction.user.id == asker_id:
        return True
    await respond(interaction, ASKER_ONLY, ephemeral=True)
    return False


class FactButton(ui.DynamicItem[Button], template=r"(?!)"):  # only subclasses are registered
    """A button about one fact, its custom_id `sb:<kind>:<fact id>`. A subclass names its kind,
    label and what it does with the fact (`act`); if the fact has gone from the sources by the
    time of the click, the user is told that instead."""

    default_label: ClassVar[str]
    style: ClassVar[discord.ButtonStyle] = discord.ButtonStyle.secondary
    action: ClassVar[str]  # the button as an error reply names it
    kind: ClassVar[str]

    def __init_subclass__(cls, *, kind: str) -> None:
        super().__init_subclass__(template=rf"sb:{kind}:(?P<fact_id>{SLUG_PATTERN})")
        cls.kind = kind

    def __init__(self, fact_id: str, label: str | None = None) -> None:
        super().__init__(
            ui.Button(
                label=self.default_label if label is None else label,
                style=self.style,
                custom_id=f"sb:{self.kind}:{fact_id}",
            )
        )
        self.fact_id = fact_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(match["fact_id"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await guarded(interaction, self.action, self._act_if_still_known)

    async def _act_if_still_known(self, interaction: discord.Interaction[Any]) -> None:
        found = await fact_or_gone(interaction, self.fact_id)
        if found is not None:
            await self.act(interaction, *found)

    async def act(
        self, interaction: discord.Interaction[Any], index: FactIndex, fact: Fact
    ) -> None:
        raise NotImplementedError


class ShowSource(FactButton, kind="src"):
    default_label = action = "Show source"

    async def act(
        self, interaction: discord.Interaction[Any], index: FactIndex, fact: Fact
    ) -> None:
        source = index.kb.source_of(fact)
        count = index.kb.fact_count(source.id)
        await respond(interaction, embed=to_embed(source_embed(source, count)), ephemeral=True)


class Related(FactButton, kind="rel"):
    default_label = action = "Related"

    async def act(
        self, interaction: discord.Interaction[Any], index: FactIndex, fact: Fact
    ) -> None:
        offered = tuple(topic(other) for other in related_facts(index, fact))
        await send_topics(interaction, "Related facts:", offered)


class NotWhatIAsked(
    ui.DynamicItem[Button], template=rf"sb:miss:(?P<fact_id>{SLUG_PATTERN}):(?P<asker>[0-9]+)"
):
    def __init__(self, fact_id: str, asker_id: int) -> None:
        super().__init__(
            ui.Button(
                label="Not what I asked",
                style=discord.ButtonStyle.secondary,
                custom_id=f"sb:miss:{fact_id}:{asker_id}",
            )
        )
        self.fact_id = fact_id
        self.asker_id = asker_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(match["fact_id"], int(match["asker"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return await asker_only(interaction, self.asker_id)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await guarded(interaction, "Not what I asked", self._record)

    async def _record(self, interaction: discord.Interaction[Any]) -> None:
        bot = sendbot_of(interaction)
        message = interaction.message
        footer = message.embeds[0].footer.text if message and message.embeds else None
        question = question_from_footer(footer)
        offered: tuple[Topic, ...] = ()
        if question:
            try:
                reply = answer(bot.index(), question, dt.date.today(), bot.settings.stale_months)
            except QuestionTooLong:
                reply = None
            if reply is not None:
                pairs = [(item.fact_id, item.label) for item in reply.suggestions]
                if reply.fact is not None:
                    pairs.insert(0, (reply.fact.id, reply.fact.label))
                offered = topics(pair for pair in pairs if pair[0] != self.fact_id)
            bot.record_miss(question, NOT_WHAT_I_ASKED, [item.fact_id for item in offered])
        heading = "Thanks, I've noted that this didn't answer your question."
        if offered:
            heading += " The closest alternatives I have:"
        await send_topics(interaction, heading, offered)


class ShowFact(FactButton, kind="fact"):
    """One fact: a topic offered instead of an answer, or a related fact."""

    default_label = "Show"
    style = discord.ButtonStyle.primary
    action = "a topic button"

    async def act(
        self, interaction: discord.Interaction[Any], index: FactIndex, fact: Fact
    ) -> None:
        embed = to_embed(fact_embed(fact, index.kb.source_of(fact)))
        await respond(interaction, embed=embed, view=fact_view(fact.id), ephemeral=True)


class Dismiss(ui.DynamicItem[Button], template=r"sb:del:(?P<asker>[0-9]+)"):
    def __init__(self, asker_id: int) -> None:
        super().__init__(
            ui.Button(
                label="Dismiss", style=discord.ButtonStyle.danger, custom_id=f"sb:del:{asker_id}"
            )
        )
        self.asker_id = asker_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(int(match["asker"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return await asker_only(interaction, self.asker_id)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await guarded(interaction, "Dismiss", self._delete)

    async def _delete(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer()  # after this, @original is the clicked message
        try:
            await interaction.delete_original_response()
        except discord.HTTPException:
            if interaction.message is None:
                raise
            await interaction.message.delete()  # the bot's own chat reply


DYNAMIC_ITEMS: tuple[type[ui.DynamicItem[Any]], ...] = (
    ShowSource,
    Related,
    NotWhatIAsked,
    ShowFact,
    Dismiss,
)


def _add(view: ui.View, item: ui.DynamicItem[Button]) -> None:
    """Skip a button whose custom_id Discord would refuse (a fact id over ~70 characters)."""
    if len(item.custom_id) > CUSTOM_ID_LIMIT:
        log.warning("button %r left out: custom_id over %d", item.custom_id, CUSTOM_ID_LIMIT)
        return
    view.add_item(item)


def fact_view(fact_id: str) -> ui.View:
    view = ui.View(timeout=None)
    _add(view, ShowSource(fact_id))
    _add(view, Related(fact_id))
    return view


def topics_view(offered: Sequence[Topic]) -> ui.View | None:
    if not offered:
        return None
    view = ui.View(timeout=None)
    for item in offered:
        _add(view, ShowFact(item.fact_id, item.label))
    return view


def reply_view(rendered: Rendered, asker_id: int, *, dismissable: bool) -> ui.View | None:
    """The buttons for an answer (or a refusal) to `asker_id`'s question."""
    view = ui.View(timeout=None)
    if rendered.kind in {Kind.ANSWER, Kind.PARTIAL} and rendered.fact_id is not None:
        _add(view, ShowSource(rendered.fact_id))
        _add(view, Related(rendered.fact_id))
        _add(view, NotWhatIAsked(rendered.fact_id, asker_id))
    elif rendered.kind is Kind.ABSTAIN:
        for item in rendered.topics:
            _add(view, ShowFact(item.fact_id, item.label))
    else:
        return None
    if dismissable:
        _add(view, Dismiss(asker_id))
    return view


async def send_topics(
    interaction: discord.Interaction[Any], heading: str, offered: Sequence[Topic]
) -> None:
    await respond(
        interaction, topics_text(heading, offered), view=topics_view(offered), ephemeral=True
    )
