"""The main figure of a sum asked by what it is called ("the headline figure", "the topline
number", "the big number"), with the money named anywhere in the message: a sum is asked, so a
fact giving one answers, and a topic whose sum the source does not give stays unanswered."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_the_headline_figure_of_the_plans_money_gets_the_funding(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "improvement plan money, give me the headline figure",
        "high-needs-funding-2024-25",
    )


def test_the_headline_figure_of_money_the_source_does_not_give_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "whats the big number on the money for the early years senco training",
        "",
    )
