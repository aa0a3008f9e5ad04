"""A count asked of all the years up to now ("over the years", "to date") is not answered by a
fact counting one academic year alone: a close fact of its topic counting from a year on
("since 2010") is. And a "how did ... respond" question naming a year is not asking the date
of the written answer: the year names which answer, never the date the record gives."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.count_from_the_start import (
    asks_a_count_from_the_start,
    counts_from_the_start,
    counts_one_year_only,
)
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how many alternative provision free schools opened across the years, total count",
        "AP free schools opened to date, how many",
    ],
)
def test_a_count_from_the_start_gets_the_since_2010_count(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "free-schools-opened-since-2010")


@pytest.mark.parametrize(
    "question",
    [
        "number of special schools opened in the current academic year",
        # "so far" and "to date" of one year named ask that year's count
        "special schools opened this year to date - how many?",
        "how many new special schools have been opened so far this year",
    ],
)
def test_one_years_count_is_still_given_for_that_year(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "special-schools-opened")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("special schools opened over the years?", True),
        ("how many since the programme began", True),
        ("how many so far", True),
        ("how many over the next five years", False),
        ("how many opened this year", False),
        ("special schools opened this year to date - number?", False),
        ("has the dfe ever said how many opened this academic year?", False),
    ],
)
def test_asks_a_count_from_the_start(text: str, asked: bool) -> None:
    assert asks_a_count_from_the_start(text) is asked


def test_what_a_quote_counts() -> None:
    one_year = "In this academic year alone, the department has opened 15 new special schools"
    whole = "The programme has opened 77 special free schools since 2010"
    assert counts_one_year_only(one_year) and not counts_from_the_start(one_year)
    assert counts_from_the_start(whole) and not counts_one_year_only(whole)


@pytest.mark.parametrize(
    "question",
    [
        "how did the dfe respond to growing demand for specialist places in 2023",
        "how has the government met the rise in special school demand in 2023?",
    ],
)
def test_how_it_responded_in_a_year_is_not_the_answers_date(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    given = reply.fact.id if reply.fact is not None else None
    assert given != "places-2023-06-12-answered-date"
    if reply.outcome is Outcome.ANSWERED:
        assert given == "specialist-provision-response-to-demand"


def test_the_answers_date_is_still_given_when_asked(shipped_index: FactIndex) -> None:
    question = "on what date in 2023 was the specialist places demand question answered?"
    assert_answered_with(shipped_index, question, "places-2023-06-12-answered-date")
