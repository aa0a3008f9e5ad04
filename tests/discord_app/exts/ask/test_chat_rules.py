"""When sendbot answers chat: the pure rules, with plain values."""

import dataclasses
import logging
from pathlib import Path

import pytest

from sendbot.answering.calibration import ANSWER_THRESHOLD
from sendbot.answering.match import MatchResult, Outcome
from sendbot.discord_app.exts.ask._chat_rules import (
    HIGH_CONFIDENCE,
    Bounded,
    ChannelAction,
    ChannelMutes,
    ChatPolicy,
    Cooldown,
    Incoming,
    RecentIds,
    SlowDownNotes,
    channel_action,
    looks_like_question,
    points_at_replied,
    question_text,
    should_answer,
    unasked_action,
)

ME = 900
CHANNEL = 10
POLICY = ChatPolicy(ME, frozenset({CHANNEL}))
BASE = Incoming(
    message_id=1,
    author_id=42,
    author_is_bot=False,
    is_webhook=False,
    channel_id=CHANNEL,
    parent_id=None,
    in_guild=True,
    mentions_me=False,
    content="how many special schools opened?",
)


def message(**changes: object) -> Incoming:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"author_id": ME, "mentions_me": True}, "my own message"),
        ({"is_webhook": True, "mentions_me": True}, "sent by a webhook"),
        ({"author_is_bot": True, "mentions_me": True}, "the author is a bot"),
        ({"channel_id": 11}, "not addressed to me, not an answer channel"),
        ({"content": "lovely weather today"}, "does not look like a question"),
    ],
)
def test_skips_with_a_reason_logged(
    changes: dict[str, object], reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="sendbot.chat"):
        assert not should_answer(message(**changes), POLICY, set())
    assert caplog.messages == [f"skip 1: {reason}"]


def test_never_twice() -> None:
    assert not should_answer(message(mentions_me=True), POLICY, {1})


def test_a_mention_is_answered_anywhere_even_without_a_question_mark() -> None:
    assert should_answer(message(mentions_me=True, channel_id=11, content="hi"), POLICY, set())


def test_a_direct_message_is_addressed() -> None:
    assert should_answer(message(in_guild=False, channel_id=77, content="hi"), POLICY, set())


def test_a_server_can_switch_mentions_off_and_dms_can_be_switched_off() -> None:
    quiet = ChatPolicy(ME, frozenset({CHANNEL}), mentions=False, dms=False)
    assert not should_answer(message(mentions_me=True, channel_id=11, content="hi"), quiet, set())
    # In an answer channel a mention is then read like any other message.
    assert should_answer(message(mentions_me=True), quiet, set())
    assert not should_answer(message(in_guild=False, channel_id=77), quiet, set())


def test_a_muted_channel_waits_for_a_permission_change_or_the_time() -> None:
    mutes = ChannelMutes(seconds=60)
    mutes.mute(10, 5, now=100.0)
    mutes.mute(11, 6, now=100.0)
    assert mutes.muted(10, 159.0) and mutes.muted(11, 159.0)
    assert mutes.lift_guild(5) == 1
    assert not mutes.muted(10, 159.0) and mutes.muted(11, 159.0)
    assert not mutes.muted(11, 160.0)  # time is up
    assert len(mutes) == 0


def test_a_question_in_an_answer_channel_or_its_thread() -> None:
    assert should_answer(message(), POLICY, set())
    assert should_answer(message(channel_id=12, parent_id=CHANNEL), POLICY, set())
    assert not should_answer(message(), ChatPolicy(ME), set())  # no channels configured


def test_question_text_drops_mentions_of_me_only() -> None:
    content = f"<@{ME}>  how many   schools, <@!{ME}> and <@123>?"
    assert question_text(content, ME) == "how many schools, and <@123>?"
    assert question_text(f"<@{ME}>", ME) == ""


def test_question_text_drops_my_own_role_but_no_other() -> None:
    content = "<@&77> how many schools, <@&78>?"
    assert question_text(content, ME, 77) == "how many schools, <@&78>?"
    assert question_text(content, ME) == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how many special schools opened?", True),
        ("special schools?", True),
        ("what is the high needs budget", True),
        ("How's it going", False),
        ("when", False),
        ("lovely weather today", False),
        ("", False),
    ],
)
def test_looks_like_question(text: str, expected: bool) -> None:
    assert looks_like_question(text) is expected


def result(outcome: Outcome, confidence: float) -> MatchResult:
    return MatchResult("q", outcome, None, (), confidence=confidence)


def test_channel_action_by_confidence() -> None:
    assert HIGH_CONFIDENCE > ANSWER_THRESHOLD
    assert channel_action(result(Outcome.ANSWERED, HIGH_CONFIDENCE)) is ChannelAction.ANSWER
    assert channel_action(result(Outcome.ANSWERED, 0.99)) is ChannelAction.ANSWER
    assert channel_action(result(Outcome.ANSWERED, HIGH_CONFIDENCE - 0.01)) is ChannelAction.OFFER
    assert channel_action(result(Outcome.ANSWERED, ANSWER_THRESHOLD)) is ChannelAction.OFFER
    assert channel_action(result(Outcome.DECLINED, 0.5)) is ChannelAction.IGNORE
    assert channel_action(result(Outcome.GREETING, 0.0)) is ChannelAction.IGNORE


def test_unasked_only_an_answer_is_sent_and_a_partial_is_offered() -> None:
    assert unasked_action(Outcome.ANSWERED) is ChannelAction.ANSWER
    assert unasked_action(Outcome.PARTIAL) is ChannelAction.OFFER
    for outcome in (Outcome.DECLINED, Outcome.GREETING, Outcome.HELP):
        assert unasked_action(outcome) is ChannelAction.IGNORE


def test_a_mention_pointing_at_the_message_it_replies_to() -> None:
    known = {"answer", "idea", "fund", "help"}
    # Its own words got no answer, are few, and the knowledge base knows each of them.
    assert points_at_replied(Outcome.HELP, "can you answer this?", ["answer"], known)
    assert points_at_replied(Outcome.DECLINED, "any idea?", ["idea"], known)
    assert points_at_replied(Outcome.HELP, "^", [], known)
    # A topic the knowledge base lacks is asked of me: "I don't have that".
    assert not points_at_replied(Outcome.DECLINED, "what about buses?", ["buse"], known)
    # An answer of its own, something said to me, or a question of its own length is not.
    assert not points_at_replied(Outcome.ANSWERED, "any idea?", ["idea"], known)
    assert not points_at_replied(Outcome.PARTIAL, "any idea?", ["idea"], known)
    assert not points_at_replied(Outcome.GREETING, "thanks!", [], known)
    # Help asked of me is shown wherever it is asked, unless it points at the message too.
    for help_asked in ("help", "help please", "what can I ask?", "how do I use you"):
        assert not points_at_replied(Outcome.HELP, help_asked, [], known), help_asked
    assert points_at_replied(Outcome.HELP, "can you help with this", ["help"], known)
    assert points_at_replied(Outcome.HELP, "do you know?", [], known)
    long_one = "can you help me find the answer about funding and help"
    assert not points_at_replied(Outcome.DECLINED, long_one, ["help", "answer", "fund"], known)


def test_cooldown_allows_rate_per_window_per_key() -> None:
    cooldown = Cooldown(2, 10.0)
    assert cooldown.hit(1, 0.0) == 0.0
    assert cooldown.hit(1, 1.0) == 0.0
    assert cooldown.hit(1, 2.0) == pytest.approx(8.0)
    assert cooldown.hit(2, 2.0) == 0.0  # another user is not affected
    assert cooldown.hit(1, 10.0) == 0.0  # the first use has expired
    assert cooldown.hit(1, 10.5) == pytest.approx(0.5)


def test_cooldown_memory_is_bounded() -> None:
    cooldown = Cooldown(1, 60.0, max_keys=3)
    for user in range(10):
        cooldown.hit(user, 0.0)
    assert len(cooldown._uses) == 3
    assert cooldown.hit(0, 1.0) == 0.0  # forgotten, so allowed again


def test_a_member_is_told_to_slow_down_once_per_wait() -> None:
    notes = SlowDownNotes()
    assert notes.first(1, 0.0, 8.0)
    assert not notes.first(1, 3.0, 5.0)  # the same wait: one note is enough
    assert notes.first(2, 3.0, 5.0)  # another member is told too
    assert notes.first(1, 8.0, 2.0)  # a new wait, once the last has passed


def test_cooldown_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        Cooldown(0, 1.0)


def test_recent_ids_forget_the_oldest() -> None:
    recent = RecentIds(size=2)
    for message_id in (1, 2, 3):
        recent.add(message_id)
    assert 1 not in recent and 2 in recent and 3 in recent and len(recent) == 2


def test_bounded_keeps_recent_entries() -> None:
    bounded: Bounded[int, str] = Bounded(2)
    bounded[1] = "a"
    bounded[2] = "b"
    bounded[1] = "a again"  # refreshed: now the newest
    bounded[3] = "c"
    assert 2 not in bounded and bounded.get(1) == "a again" and bounded.pop(3) == "c"
    assert bounded.pop(3) is None


def test_the_guide_gives_the_thresholds_the_rules_use() -> None:
    guide = (Path(__file__).parents[4] / "docs" / "discord.md").read_text(encoding="utf-8")
    said = " ".join(guide.split())
    assert f"confidence at least {HIGH_CONFIDENCE:.2f}" in said
    assert f"fairly sure ({ANSWER_THRESHOLD:.2f} to {HIGH_CONFIDENCE:.2f})" in said
