"""A figure or a state of things asked as of today, this week or this month is not answered by
the newest written answer as if it were current: a partial gives the newest with the date it
was true and says the sources do not say what holds now. "The latest X" or "X now" asks for the
newest the sources give and is still answered, and so is a question whose "today" is the
time of the asker's story."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_today import today_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_a_count_asked_as_of_today_is_partial_with_its_date(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how many LAs make up the change programme as of today?")
    assert reply.outcome is Outcome.PARTIAL and not reply.answered
    assert reply.fact is not None and reply.fact.id == "change-programme-local-authorities"
    assert reply.missing == (
        "The newest figure the written answers give is as of 8 February 2024; they do not say "
        "what it is today."
    )


def test_a_figure_for_a_year_says_the_year_it_was_true(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "total children in special schools today?")
    assert reply.outcome is Outcome.PARTIAL and not reply.answered
    assert reply.fact is not None and reply.fact.id == "pupils-in-special-schools-2024-25"
    assert reply.missing == (
        "The newest figure the written answers give is for 2024/25 (given on 27 January 2026); "
        "they do not say what it is today."
    )


def test_how_things_stand_this_week_is_partial(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "send white paper - what's its status this week")
    assert reply.outcome is Outcome.PARTIAL and not reply.answered
    assert reply.missing is not None
    assert reply.missing.endswith("they do not say where it stands this week.")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "latest number of local authorities in the change programme?",
            "change-programme-local-authorities",
        ),
        ("how many LAs are in the change programme now", "change-programme-local-authorities"),
        ("special school pupils at the moment?", "pupils-in-special-schools-2024-25"),
        # "today" dates the asker's meeting, not the figure
        (
            "a governor brought up the change programme in a meeting today - how many councils "
            "are in it?",
            "change-programme-local-authorities",
        ),
    ],
)
def test_the_newest_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how many are open as it stands today", "today"),
        ("count of places as of todays date", "today"),
        ("the figure this month?", "this month"),
        ("where does the white paper stand this week", None),  # a place asked: not read
        ("i heard about it earlier this week, how many schools are in it", None),
        # the asker's own day, its place read out of the question's text
        ("we were at a parents evening today - how many councils are in it", None),
        ("when is it due, as of today?", None),  # when, not what holds
    ],
)
def test_the_time_asked(question: str, asked: str | None) -> None:
    assert today_asked(analyse(question)) == asked
