"""Asking how a thing stands now ("where's X at now?", "where does X stand", "where are things
with X", "the current position on X") asks for X's newest word, dated; and an older figure told
with the period it was for, written short ("59.6bn for 24/25"), is the asker's figure, not the
period asked: the reply is that measure's newest figure. Questions asking where something is,
or naming the period they ask of, keep their reading."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.told_dates import without_told_dates
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "where's PINS at now?",
        "where is the pins programme at",
        "where does the PINS programme stand now?",
        "where are things with PINS now",
        "whats the current position on pins",
        # "where are things / we up to with X": how X stands, not a place asked
        "where are things up to with PINS?",
        "PINS - where are we up to",
    ],
)
def test_how_pins_stands_is_its_newest_word(shipped_index: FactIndex, question: str) -> None:
    # The August 2025 answer (evaluation under way), not the November 2023 announcement.
    reply = assert_answered_with(shipped_index, question, "pins-independent-evaluation")
    assert "13 million" in reply.text  # the earlier answer's word, listed with its date


def test_where_a_framework_is_at_is_no_place_asked(shipped_index: FactIndex) -> None:
    # Was partial: "The written answer doesn't say where."
    assert_answered_with(
        shipped_index, "where's the itt framework at", "ittecf-minimum-entitlement-2025"
    )


def test_the_current_position_on_the_reforms(shipped_index: FactIndex) -> None:
    # Was declined.
    assert_answered_with(
        shipped_index,
        "current position on the send reforms?",
        "schools-white-paper-early-new-year",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("where's the high needs budget at now?", "high-needs-total-2025-26"),
        ("what is PINS?", "pins-programme"),
        ("when was PINS announced?", "pins-programme"),
        ("where are most pupils with SEND educated?", "schools-and-high-needs-rise-2024-25"),
    ],
)
def test_other_questions_keep_their_answer(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_at_in_another_clause_asks_no_standing(shipped_index: FactIndex) -> None:
    # "an argument at work" is no "where's X at": the question asks where pupils are taught.
    question = (
        "where are most pupils with SEND educated according to DfE? "
        "(trying to win an argument at work lol)"
    )
    assert_answered_with(shipped_index, question, "schools-and-high-needs-rise-2024-25")


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "the schools budget was 59.6bn for 24/25 - is there a newer figure?",
            "the schools budget was 59.6bn for - is there a newer figure?",
        ),
        (
            "schools budget 59.6bn in 24-25, anything newer?",
            "schools budget 59.6bn, anything newer?",
        ),
    ],
)
def test_a_short_split_year_told_is_when_the_figure_was_for(question: str, read: str) -> None:
    assert without_told_dates(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "it was 50/50 - anything newer?",
        "the schools budget was 59.6bn for 24/25 - what is it for 28/29?",
    ],
)
def test_no_year_or_a_period_asked_stays(question: str) -> None:
    assert without_told_dates(question) == question


@pytest.mark.parametrize(
    ("question", "fact_id", "earlier"),
    [
        (
            "the schools budget was 59.6bn for 24/25 - is there a newer figure?",
            "core-schools-budget-2028-29",
            "59.6 billion",
        ),
        (
            "the high needs total was £10.1bn for 23/24, is there a more recent one?",
            "high-needs-total-2025-26",
            "10.1 billion",
        ),
        (
            "hn budget was over 10.5 billion in 24-25. any newer total?",
            "high-needs-total-2025-26",
            "10.5 billion",
        ),
    ],
)
def test_an_older_figure_told_with_its_year_gets_the_newest(
    shipped_index: FactIndex, question: str, fact_id: str, earlier: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert earlier in reply.text  # the asker's figure, as an earlier one with its date


def test_the_period_asked_after_a_told_figure_is_kept(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what was the schools budget for 24/25?")
    assert reply.fact is not None and reply.fact.id == "schools-budget-2024-25"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("where is pins up to?", "pins-independent-evaluation"),
        ("where is the change programme up to", "change-programme"),
    ],
)
def test_where_something_is_up_to_asks_how_it_stands_not_where(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    # Was partial: "The written answer doesn't say where."
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "WHATS THE CURRENT POSITION ON PINS",
        "What\u2019s the Current Position on PINS",  # beyond ASCII: a curly apostrophe
        "pins: current situation?",
    ],
)
def test_how_pins_stands_however_it_is_written(shipped_index: FactIndex, question: str) -> None:
    # (the status words are searched for only where one of them may be: never skipped when
    # they are there)
    assert_answered_with(shipped_index, question, "pins-independent-evaluation")
