"""The answer buttons: what they carry in their custom_id, who may press them, what they do."""

from __future__ import annotations

import logging
from pathlib import Path
from unittest.mock import MagicMock

import discord
import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.misses import NOT_WHAT_I_ASKED
from sendbot.discord_app.errors import SORRY
from sendbot.discord_app.exts.ask._buttons import (
    ASKER_ONLY,
    DYNAMIC_ITEMS,
    Dismiss,
    NotWhatIAsked,
    Related,
    ShowFact,
    ShowSource,
    reply_view,
)
from sendbot.discord_app.render import Kind, Rendered, Topic, asked_footer
from sendbot.discord_app.send import NO_MENTIONS
from tests.discord_app.exts.fakes import ASKER, custom_ids, interaction, make_bot, message, sent


@pytest.mark.parametrize(
    ("item", "custom_id"),
    [
        (ShowSource("npq-senco"), "sb:src:npq-senco"),
        (Related("npq-senco"), "sb:rel:npq-senco"),
        (NotWhatIAsked("npq-senco", 42), "sb:miss:npq-senco:42"),
        (ShowFact("npq-senco"), "sb:fact:npq-senco"),
        (Dismiss(42), "sb:del:42"),
    ],
)
def test_each_custom_id_matches_exactly_one_template(
    item: discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], custom_id: str
) -> None:
    assert item.custom_id == custom_id
    matching = [
        cls for cls in DYNAMIC_ITEMS if cls.__discord_ui_compiled_template__.fullmatch(custom_id)
    ]
    assert matching == [type(item)]
    assert not any(
        cls.__discord_ui_compiled_template__.fullmatch(page)
        for cls in DYNAMIC_ITEMS
        for page in ("sb:page:first", "sb:page:prev", "sb:page:next", "sb:page:last")
    )


def test_views_for_each_kind_of_reply() -> None:
    answer = Rendered(Kind.ANSWER, fact_id="npq-senco")
    assert custom_ids(reply_view(answer, 5, dismissable=False)) == [
        "sb:src:npq-senco",
        "sb:rel:npq-senco",
        "sb:miss:npq-senco:5",
    ]
    refusal = Rendered(Kind.ABSTAIN, topics=(Topic("a", "A"), Topic("b", "B")))
    view = reply_view(refusal, 5, dismissable=True)
    assert custom_ids(view) == ["sb:fact:a", "sb:fact:b", "sb:del:5"]
    assert view is not None and view.timeout is None  # nothing to expire: all in the ids
    assert reply_view(Rendered(Kind.TEXT, content="Hello!"), 5, dismissable=True) is None


def test_a_custom_id_too_long_for_discord_is_left_out(caplog: pytest.LogCaptureFixture) -> None:
    long_id = "x" * 80  # room for sb:src:<id>, not for sb:miss:<id>:<a user id>
    view = reply_view(Rendered(Kind.ANSWER, fact_id=long_id), ASKER, dismissable=False)
    assert custom_ids(view) == [f"sb:src:{long_id}", f"sb:rel:{long_id}"]
    assert "custom_id over 100" in caplog.text


async def test_only_the_asker_may_use_theirs(shipped_index: FactIndex, tmp_path: Path) -> None:
    bot, _ = make_bot(shipped_index, tmp_path)
    other = interaction(bot, user_id=7)
    assert not await Dismiss(ASKER).interaction_check(other)
    assert sent(other.response.send_message) == {
        "content": ASKER_ONLY,
        "ephemeral": True,
        "allowed_mentions": NO_MENTIONS,
    }
    assert await NotWhatIAsked("npq-senco", ASKER).interaction_check(interaction(bot))


async def test_not_what_i_asked_reads_the_question_from_the_answer(
    shipped_index: FactIndex, tmp_path: Path
) -> None:
    bot, misses = make_bot(shipped_index, tmp_path)
    embed = discord.Embed(title="x").set_footer(text=asked_footer("how many special schools?"))
    pressed = interaction(bot, message=message("", embeds=[embed]))
    await NotWhatIAsked("special-schools-opened", ASKER).callback(pressed)
    ((question, reason, offered),) = misses.records
    assert (question, reason) == ("how many special schools?", NOT_WHAT_I_ASKED)
    assert "special-schools-opened" not in offered
    kwargs = sent(pressed.response.send_message)
    assert kwargs["ephemeral"] is True
    assert custom_ids(kwargs["view"]) == [f"sb:fact:{fact_id}" for fact_id in offered]


async def test_not_what_i_asked_without_a_question_records_nothing(
    shipped_index: FactIndex, tmp_path: Path
) -> None:
    bot, misses = make_bot(shipped_index, tmp_path)
    pressed = interaction(bot, message=message("", embeds=[discord.Embed(title="x")]))
    await NotWhatIAsked("npq-senco", ASKER).callback(pressed)
    assert misses.records == []
    assert sent(pressed.response.send_message)["content"].startswith("Thanks")


async def test_a_fact_that_is_gone(shipped_index: FactIndex, tmp_path: Path) -> None:
    bot, _ = make_bot(shipped_index, tmp_path)
    for item in (ShowSource("gone"), Related("gone"), ShowFact("gone")):
        pressed = interaction(bot)
        await item.callback(pressed)
        assert (
            sent(pressed.response.send_message)["content"]
            == "That fact is no longer in my sources."
        )


async def test_an_error_in_a_button_is_reported_not_raised(
    shipped_index: FactIndex, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> FactIndex:
        raise RuntimeError("store down")

    bot, _ = make_bot(shipped_index, tmp_path)
    bot._index_provider = broken
    pressed = interaction(bot)
    with caplog.at_level(logging.ERROR):
        await ShowSource("npq-senco").callback(pressed)
    assert sent(pressed.response.send_message)["content"] == SORRY
    assert (
        caplog.records[0].getMessage() == f"error in Show source (user {ASKER}, guild 1, channel 2)"
    )


async def test_dismiss_falls_back_to_deleting_the_message(
    shipped_index: FactIndex, tmp_path: Path
) -> None:
    bot, _ = make_bot(shipped_index, tmp_path)
    answer = message("")
    pressed = interaction(bot, message=answer)
    pressed.delete_original_response.side_effect = discord.NotFound(MagicMock(status=404), "gone")
    await Dismiss(ASKER).callback(pressed)
    pressed.response.defer.assert_awaited_once_with()
    answer.delete.assert_awaited_once_with()
