"""On the shipped base: a year that is part of a name ("the spring budget 2024") is not a
period the answer must give a figure for, when the fact says that name ("the Spring Budget
announcement means ...") and its written answer's title or question names it with that year.
A year asked as a time ("approved for 2024") still is, and so is a name said only in the
asker's story."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fact_profile import names_with_years
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "will the spring budget 2024 special schools be picked from bids that were turned down "
        "before?",
        "could a council that missed out last round still get one of the spring budget 2024 "
        "schools?",
    ],
)
def test_a_year_naming_the_answers_budget_is_not_a_period_asked(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(
        shipped_index, question, "special-free-schools-more-applications-considered"
    )


def test_a_year_asked_as_a_time_is_still_one(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "were special free school bids turned down in 2024 looked at again?",
        "The written answer doesn't give a figure for 2024.",
    )


def test_names_with_years_leave_out_dates_times_and_academic_years() -> None:
    found = names_with_years(
        "With reference to the Spring Budget 2024, HC 560, asked on 8 March 2024; "
        "published in 2024; high needs funding 2024-25"
    )
    assert found == frozenset({"spring budget 2024"})
