"""Each command and listener of the ask cog, with spec'd fakes (no Discord, no network)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest.mock import MagicMock, PropertyMock, patch

import discord
import pytest

from sendbot.answering.calibration import ANSWER_THRESHOLD
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import match
from sendbot.answering.misses import ABSTAINED
from sendbot.discord_app.client import SendBot
from sendbot.discord_app.exts.ask import Ask
from sendbot.discord_app.exts.ask._chat_rules import HIGH_CONFIDENCE, OFFER_EMOJI
from sendbot.discord_app.exts.ask._pager import Pager
from sendbot.discord_app.send import NO_MENTIONS
from tests.discord_app.exts.fakes import (
    ASKER,
    ME,
    ListMisses,
    client_user,
    custom_ids,
    interaction,
    make_bot,
    member,
    message,
    sent,
)

SCHOOLS = "how many special schools opened?"
MEDIUM = (
    "anything about the spring budget special schools?"  # ANSWER_THRESHOLD <= confidence < HIGH
)
CHANNEL = 10


@pytest.fixture(autouse=True)
def logged_in() -> Iterator[None]:
    with patch.object(SendBot, "user", new_callable=PropertyMock, return_value=client_user()):
        yield


@pytest.fixture
def cog_and_misses(shipped_index: FactIndex, tmp_path: Path) -> tuple[Ask, ListMisses]:
    bot, misses = make_bot(shipped_index, tmp_path, answer_channels=(CHANNEL,))
    return Ask(bot), misses


@pytest.fixture
def cog(cog_and_misses: tuple[Ask, ListMisses]) -> Ask:
    return cog_and_misses[0]


# --- /ask ---------------------------------------------------------------------------------------


async def test_ask_sends_the_answer_embed_and_buttons(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.ask.callback(cog, asked, SCHOOLS)
    kwargs = sent(asked.response.send_message)
    assert kwargs["content"] is None
    assert kwargs["ephemeral"] is False and kwargs["allowed_mentions"] is NO_MENTIONS
    embed = kwargs["embed"]
    assert isinstance(embed, discord.Embed)
    # The figure is from 8 February 2024: more than a year before any day these tests run.
    assert [field.name for field in embed.fields] == ["Quote", "Source", "As of", "Newest figure"]
    assert embed.footer.text == f"Asked: {SCHOOLS}"
    assert custom_ids(kwargs["view"]) == [
        "sb:src:special-schools-opened",
        "sb:rel:special-schools-opened",
        f"sb:miss:special-schools-opened:{ASKER}",
        f"sb:del:{ASKER}",
    ]
    asked.followup.send.assert_not_awaited()


async def test_private_ask_is_ephemeral_and_cannot_be_dismissed(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.ask.callback(cog, asked, SCHOOLS, private=True)
    kwargs = sent(asked.response.send_message)
    assert kwargs["ephemeral"] is True
    assert not any(cid.startswith("sb:del:") for cid in custom_ids(kwargs["view"]))


async def test_ask_too_long(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.ask.callback(cog, asked, "x" * 301)
    kwargs = sent(asked.response.send_message)
    assert kwargs["content"] == (
        "That message is 301 characters long and I couldn't find a question of 300 characters "
        "or fewer in it; please end it with your question, or keep it to 300 or fewer."
    )
    assert kwargs["ephemeral"] is True


async def test_ask_abstains_and_records(cog_and_misses: tuple[Ask, ListMisses]) -> None:
    cog, misses = cog_and_misses
    asked = interaction(cog.bot)
    await cog.ask.callback(cog, asked, "is the weather nice today?")
    kwargs = sent(asked.response.send_message)
    assert kwargs["content"].startswith("I don't have that in my sources.")
    assert misses.records[0][:2] == ("is the weather nice today?", ABSTAINED)


async def test_after_a_response_it_follows_up(cog: Ask) -> None:
    asked = interaction(cog.bot, done=True)
    await cog.ask.callback(cog, asked, SCHOOLS)
    asked.response.send_message.assert_not_awaited()
    assert sent(asked.followup.send)["allowed_mentions"] is NO_MENTIONS


async def test_autocomplete_is_capped(cog: Ask) -> None:
    typing = interaction(cog.bot, kind=discord.InteractionType.autocomplete)
    choices = await cog._question_choices(typing, "")
    assert len(choices) == 25 and all(isinstance(c, discord.app_commands.Choice) for c in choices)
    assert (await cog._fact_choices(typing, "npq"))[0].value == "npq-senco"
    assert (await cog._tag_choices(typing, "aut"))[0].value == "autism"


# --- /fact, /facts, /source, /help, the message menu -------------------------------------------


async def test_fact_by_id_and_unknown(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.fact.callback(cog, asked, "npq-senco")
    kwargs = sent(asked.response.send_message)
    assert kwargs["embed"].footer.text == "Fact: npq-senco"
    assert custom_ids(kwargs["view"]) == ["sb:src:npq-senco", "sb:rel:npq-senco"]

    asked = interaction(cog.bot)
    await cog.fact.callback(cog, asked, "<@&123456789012345678>")
    kwargs = sent(asked.response.send_message)
    assert kwargs["ephemeral"] is True and "<@&1" not in kwargs["content"]


async def test_facts_pages_belong_to_the_invoker(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.facts.callback(cog, asked)
    kwargs = sent(asked.response.send_message)
    pager = kwargs["view"]
    assert isinstance(pager, Pager)
    pages = -(-len(cog.bot.index().kb) // 10)  # ten facts to a page
    assert pager.owner_id == ASKER and pager.origin is asked and len(pager.pages) == pages
    assert kwargs["embed"].footer.text.startswith(f"Page 1 of {pages}")


async def test_facts_unknown_tag(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.facts.callback(cog, asked, "nonsense")
    kwargs = sent(asked.response.send_message)
    assert kwargs["content"].startswith("No facts are tagged nonsense. Tags: ")


async def test_source_and_help(cog: Ask) -> None:
    asked = interaction(cog.bot)
    await cog.source.callback(cog, asked)
    kwargs = sent(asked.response.send_message)
    sources = cog.bot.index().kb.sources
    if "embeds" in kwargs:  # every source in full
        assert [embed.title for embed in kwargs["embeds"]] == [source.title for source in sources]
    else:  # too many for Discord's limits on one message: one line each
        assert kwargs["embed"].title == f"My {len(sources)} sources, newest first"
        assert len(kwargs["embed"].description.splitlines()) == len(sources)

    asked = interaction(cog.bot)
    await cog.help_command.callback(cog, asked)
    kwargs = sent(asked.response.send_message)
    assert kwargs["ephemeral"] is True and kwargs["embed"].title == "How to ask sendbot"


async def test_message_menu(cog: Ask) -> None:
    assert cog.ask_menu.name == "Ask sendbot" and len(cog.ask_menu.checks) == 1  # the cooldown
    asked = interaction(cog.bot)
    await cog.ask_message(asked, message(f"<@{ME}> {SCHOOLS}"))
    assert sent(asked.response.send_message)["embed"].footer.text == f"Asked: {SCHOOLS}"

    asked = interaction(cog.bot)
    await cog.ask_message(asked, message(""))
    assert sent(asked.response.send_message)["content"] == "That message has no text I can answer."


# --- chat -----------------------------------------------------------------------------------------


async def test_a_mention_is_answered_as_a_reply(cog: Ask) -> None:
    posted = message(f"<@{ME}> {SCHOOLS}", channel_id=99, mentions=[ME])
    await cog.on_message(posted)
    kwargs = sent(posted.reply)
    assert kwargs["allowed_mentions"] is NO_MENTIONS and kwargs["mention_author"] is False
    assert kwargs["embed"].footer.text == f"Asked: {SCHOOLS}"
    await cog.on_message(posted)  # the same message again
    posted.reply.assert_awaited_once()


@pytest.mark.parametrize(
    "posted",
    [
        message(f"<@{ME}> {SCHOOLS}", mentions=[ME], author=member(ME, bot=True)),
        message(f"<@{ME}> {SCHOOLS}", mentions=[ME], author=member(7, bot=True)),
        message(f"<@{ME}> {SCHOOLS}", mentions=[ME], webhook_id=5),
        message(SCHOOLS, channel_id=99),
        message("lovely weather today", channel_id=CHANNEL),
        message("is the weather nice today?", channel_id=CHANNEL),
    ],
    ids=["itself", "a bot", "a webhook", "elsewhere", "chatter", "unsure"],
)
async def test_silence(cog: Ask, posted: discord.Message) -> None:
    await cog.on_message(posted)
    posted.reply.assert_not_awaited()  # type: ignore[attr-defined]
    posted.add_reaction.assert_not_awaited()  # type: ignore[attr-defined]


async def test_overheard_sure_question_is_answered(cog: Ask) -> None:
    posted = message(SCHOOLS, channel_id=CHANNEL)
    await cog.on_message(posted)
    assert sent(posted.reply)["embed"].title.startswith("New special schools")


async def test_overheard_fairly_sure_question_is_offered(cog: Ask) -> None:
    posted = message(MEDIUM, channel_id=CHANNEL, message_id=5)
    await cog.on_message(posted)
    posted.reply.assert_not_awaited()
    posted.add_reaction.assert_awaited_once_with(OFFER_EMOJI)

    def reaction(user_id: int, emoji: str = OFFER_EMOJI) -> discord.RawReactionActionEvent:
        data = {"user_id": str(user_id), "channel_id": str(CHANNEL), "message_id": "5", "type": 0}
        partial = discord.PartialEmoji(name=emoji)
        return discord.RawReactionActionEvent(data, partial, "REACTION_ADD")  # type: ignore[arg-type]

    await cog.on_raw_reaction_add(reaction(7))  # not the asker
    await cog.on_raw_reaction_add(reaction(ASKER, "👍"))
    await cog.on_raw_reaction_add(reaction(ME))  # the bot's own reaction
    posted.reply.assert_not_awaited()
    await cog.on_raw_reaction_add(reaction(ASKER))
    assert sent(posted.reply)["embed"].footer.text == f"Asked: {MEDIUM}"
    await cog.on_raw_reaction_add(reaction(ASKER))
    posted.reply.assert_awaited_once()


async def test_a_failing_reply_is_logged_and_the_listener_survives(
    cog: Ask, caplog: pytest.LogCaptureFixture
) -> None:
    posted = message(f"<@{ME}> {SCHOOLS}", mentions=[ME], message_id=77)
    posted.reply.side_effect = RuntimeError("boom")
    await cog.on_message(posted)
    (record,) = caplog.records
    assert record.getMessage() == (
        f"error in on_message (message 77, user {ASKER}, guild {posted.guild.id}, channel 10)"
    )
    later = message(f"<@{ME}> {SCHOOLS}", mentions=[ME], message_id=78, author=member(3))
    await cog.on_message(later)
    later.reply.assert_awaited_once()


async def test_without_permission_to_reply_a_warning_names_what_is_missing(
    cog: Ask, caplog: pytest.LogCaptureFixture
) -> None:
    posted = message(f"<@{ME}> {SCHOOLS}", mentions=[ME], channel_id=55)
    posted.reply.side_effect = discord.Forbidden(MagicMock(status=403), "Missing Permissions")
    await cog.on_message(posted)
    (record,) = caplog.records
    assert record.levelname == "WARNING" and "channel 55" in record.getMessage()
    assert "Send Messages" in record.getMessage()


async def test_a_failing_autocomplete_offers_nothing_and_logs(
    cog: Ask, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> FactIndex:
        raise RuntimeError("store down")

    cog.bot._index_provider = broken
    typing = interaction(cog.bot, kind=discord.InteractionType.autocomplete)
    assert await cog._question_choices(typing, "special") == []
    assert caplog.records[0].getMessage() == (
        f"error in autocomplete for interaction (user {ASKER}, guild 1, channel 2)"
    )


def test_the_medium_example_is_in_the_offer_band(shipped_index: FactIndex) -> None:
    """The chat tests above rely on MEDIUM landing between the two thresholds."""
    result = match(shipped_index, MEDIUM)
    assert result.answered
    assert ANSWER_THRESHOLD <= result.confidence < HIGH_CONFIDENCE
