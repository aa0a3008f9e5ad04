"""A message over 300 characters is read from its last question back, not refused."""

from __future__ import annotations

import datetime as dt

import pytest

from sendbot.answering.answer import MAX_MESSAGE_LENGTH, QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.long_message import questions_asked
from sendbot.answering.match import Outcome

TODAY = dt.date(2026, 12, 3)
STORY = (
    "Bit of background first. My daughter is 11 and has been out of school since the spring, "
    "the panel turned down her assessment twice and we only got the EHCP after a tribunal. "
    "The school we named has no room and the council keeps offering places two hours away. "
    "We are exhausted and so is she. "
)


def test_a_story_then_a_question_is_answered_from_the_question(shipped_index: FactIndex) -> None:
    message = STORY + "So how many new special schools have actually opened?"
    assert len(message) > 300
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    # The reply says which part of the message it read.
    assert "So how many new special schools have actually opened?” is read as your question" in (
        reply.text
    )
    assert "tribunal" not in reply.text


def test_a_place_said_just_before_the_question_still_counts(shipped_index: FactIndex) -> None:
    message = STORY + "We're in Cumbria. How many new special schools have opened?"
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.PARTIAL
    assert "Cumbria" in reply.missing


def test_the_last_question_is_read_when_thanks_follow_it(shipped_index: FactIndex) -> None:
    message = STORY + (
        "Anyone know how many more educational psychologists will be trained? Thanks all x"
    )
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and "psycholog" in reply.fact.statement


def test_a_message_long_only_for_its_markup_is_read_whole(shipped_index: FactIndex) -> None:
    message = "<@412345678901234567> " * 15 + "how many special schools opened?"
    assert len(message) > 300
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert "is read as your question" not in reply.text


def test_a_run_on_message_is_read_from_its_last_asking_clause(shipped_index: FactIndex) -> None:
    # Speech-to-text rarely ends a sentence: the whole message is one sentence over the limit.
    message = (
        "my son is 9 and has autism and we applied for an ehcp last year and nothing has "
        "happened and the school keeps saying they have no money and the council says there are "
        "no places anywhere near us so honestly im at my wits end does anyone know how many new "
        "special schools opened this academic year because our local one is full and the list is "
        "huge"
    )
    assert len(message) > 300 and "." not in message and "?" not in message
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    assert "is read as your question" in reply.text
    assert "wits end" not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        # one run-on sentence with no question in it to read alone
        "the special school places near us are all full and the council has not replied " * 5,
        # longer than any message Discord lets a person send
        STORY * 20 + "how many special schools opened?",
    ],
)
def test_a_message_with_no_short_question_in_it_is_refused_with_its_length(
    shipped_index: FactIndex, message: str
) -> None:
    with pytest.raises(QuestionTooLong, match=f"is {len(message.strip()):,} characters long"):
        answer(shipped_index, message, TODAY)
    assert len(STORY * 20) > MAX_MESSAGE_LENGTH


@pytest.mark.parametrize(
    ("message", "fact_id", "question"),
    [
        (
            "what is a supported internship exactly? my nephew's college mentioned it at his "
            "annual review and we were too embarrassed to ask",
            "what-supported-internships-are",
            "what is a supported internship exactly?",
        ),
    ],
)
def test_a_question_the_story_after_it_drowns_is_answered_alone(
    shipped_index: FactIndex, message: str, fact_id: str, question: str
) -> None:
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == fact_id
    assert f"“{question}” is read as your question" in reply.text


def test_two_questions_are_not_cut_down_to_the_last(shipped_index: FactIndex) -> None:
    message = (
        "what is the local offer supposed to include? and what is a supported internship "
        "exactly? my nephew's college mentioned it at his review and we didn't like to ask"
    )
    reply = answer(shipped_index, message, TODAY)
    assert "is read as your question" not in reply.text


def test_a_place_told_after_the_question_still_makes_it_partial(shipped_index: FactIndex) -> None:
    message = (
        "how many special schools opened? we're in Devon and there is nothing near us at all, "
        "the nearest one is an hour away"
    )
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.PARTIAL
    # Devon is where the asker is (a place told with their story is not a place asked); "near
    # us" still asks of their own area, which the national count is not for.
    assert "not for any one area" in reply.missing or "Devon" in reply.missing
    assert "is read as your question" not in reply.text


def test_the_refusal_names_the_limit_the_message_passed(shipped_index: FactIndex) -> None:
    """A message over 4,000 characters is never read, so "keep it to 300" would be wrong advice
    for a long story with its question at the end: it is told the 4,000 limit. A shorter one
    with no question in it is told to end with its question."""
    with pytest.raises(QuestionTooLong) as never_read:
        answer(shipped_index, "still waiting for a place. " * 160 + "how many opened?", TODAY)
    assert "up to 4,000 characters" in str(never_read.value)
    assert "300" not in str(never_read.value)
    with pytest.raises(QuestionTooLong) as no_question:
        answer(shipped_index, "still no special school place for us " * 10, TODAY)
    assert "couldn't find a question of 300 characters or fewer" in str(no_question.value)


def test_questions_joined_by_and_count_as_two_only_when_asked() -> None:
    message = "we're in York. what is PINS and how many schools will it reach?"
    assert questions_asked(message, 100) == [message]
    assert questions_asked(message, 100, joined=True) == [
        "we're in York. what is PINS",
        "how many schools will it reach?",
    ]
