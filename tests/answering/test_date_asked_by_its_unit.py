"""A written answer's date asked by the unit of time wanted ("which month", "what year"), not
by "when": the date is what is asked, not the question's wording nor who answered."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_which_month_the_reply_came_gets_the_date_answered(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "quick one for my notes, which month did the dfe reply to the pq?",
        "document-answered-date",
    )


def test_which_month_with_a_year_named_gets_the_date_answered(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "bit confused, which month in 2024 did the minister reply? my notes differ",
        "document-answered-date",
    )


def test_which_month_a_programme_launched_is_still_the_programmes_date(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index, "which month did the change programme launch", "change-programme"
    )
