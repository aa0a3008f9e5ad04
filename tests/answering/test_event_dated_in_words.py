"""The day of an event a fact dates in its own words ("in the Spending Review on 11 June, ..."):
asked which day, the fact answers, though its figures date only what the event confirmed; a
month asked of that figure is still not given."""

from sendbot.answering.event_dated_in_words import dates_an_event_asked
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_the_day_of_an_event_the_fact_dates_in_its_words_is_given(
    shipped_index: FactIndex,
) -> None:
    question = "which day was the spending review held?"
    assert_answered_with(shipped_index, question, "core-schools-budget-2028-29")


def test_a_month_asked_of_the_figure_the_event_confirmed_is_still_not_given(
    shipped_index: FactIndex,
) -> None:
    question = "in which month will the core schools budget hit £69.5bn?"
    assert_not_answered(shipped_index, question, "month")


def test_only_an_event_the_question_names_is_dated() -> None:
    said = "in the spending review on 11 june we confirmed the budget"
    assert dates_an_event_asked(said, {"spending", "review", "day"})
    assert not dates_an_event_asked(said, {"budget", "month"})
