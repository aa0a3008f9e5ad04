"""A measure's figure asked with something more than the measure: a place the sources give no
figure for, the year a rise is counted from, a bare year, a count of those opened rather than
approved, and "this year", whose newest figure may be old."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what's the newest high needs funding figure for Sheffield?",
        "most recent figure for the high needs budget in Cornwall",
        "how much high needs money does Sheffield get?",
    ],
)
def test_the_newest_national_figure_is_related_information_for_a_place(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL and not reply.answered
    assert reply.fact is not None and reply.fact.id == "high-needs-total-2025-26"
    assert reply.missing is not None and "England as a whole" in reply.missing
    assert "over £12 billion" in reply.text
    assert 'Earlier: "£10.1 billion next year", for 2023/24' in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "by how much has high needs funding grown since 2019?",
        "how much has the high needs budget increased since 2019",
    ],
)
def test_a_rise_since_a_year_is_the_rise_from_the_split_year_beginning_in_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-rise-since-2019-20")
    assert "over 60% from the 2019/20 allocations" in reply.text


def test_a_rise_since_a_year_no_answer_counts_from_says_so_in_a_sentence_that_reads(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "has the high needs budget gone up since 2012?")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and reply.missing.endswith("not one since 2012.")


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        ("high needs budget 2024", "high-needs-funding-2024-25", "over £10.5 billion"),
        ("high needs money 2025", "high-needs-total-2025-26", "over £12 billion"),
    ],
)
def test_a_measure_and_a_year_asks_the_total_for_that_year_not_its_rise(
    shipped_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.measure == "high-needs-budget", reply.text
    assert figure in reply.text


def test_the_latest_count_of_those_opened_is_not_a_newer_count_of_those_approved(
    shipped_index: FactIndex,
) -> None:
    # The newest count of openings is the February 2024 answer's (the two answers' openings
    # share a topic), with the June 2023 answer's 77 since 2010 beside it; never the 76
    # approved nor the 15 confirmed in a budget.
    question = "most recent number of special free schools that have opened?"
    reply = assert_answered_with(shipped_index, question, "special-schools-opened")
    assert "opened 15 new special schools" in reply.text
    assert "has opened 77 special" in reply.text
    assert "approved" not in reply.text and "confirmed" not in reply.text


def test_the_newest_figure_given_for_now_says_how_old_it_is(
    shipped_index: FactIndex,
) -> None:
    # ("this year", which no source gives a figure for, is partial: test_relative_years)
    today = dt.date(2026, 12, 1)
    reply = answer(shipped_index, "what's the high needs budget right now?", today)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "high-needs-total-2025-26"
    assert reply.text.splitlines()[-1] == (
        "This is the latest figure in the sources, from an answer given on 16 June 2025 — "
        "more than 12 months ago."
    )


@pytest.mark.parametrize(
    "question",
    [
        "is the high needs budget still around 11bn?",
        "how much is high needs funding nowadays, is it still roughly 10 billion?",
    ],
)
def test_a_figure_claimed_still_to_hold_is_checked_against_the_newest(
    shipped_index: FactIndex, question: str
) -> None:
    """The claimed figure is no word of the measure's name: the newest figure answers."""
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert "over £12 billion" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "most recent on the initial teacher training and early career framework, when does "
        "it apply",
        "whats the latest on the ittecf - when will it kick in?",
    ],
)
def test_when_something_applies_from_is_when_it_starts(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "ittecf-minimum-entitlement-2025")
    assert "From September 2025" in reply.text


def test_a_count_since_a_year_no_answer_gives_says_since_not_for_that_year(
    shipped_index: FactIndex,
) -> None:
    # "since 2018" asks a count from that year on; "not for 2018" would say a year's own figure
    reply = answer(
        shipped_index, "how many new special school places have been created since 2018?"
    )
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and reply.missing.endswith(", not since 2018.")
