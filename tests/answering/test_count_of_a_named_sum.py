"""A count asked of a sum the question names ("how many places will the £2.6bn create"): the
sum's words are the figure named, not a count of money asked, so a fact giving only the sum
does not answer; the reply is partial, saying it gives an amount, not a number."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_count_of_what_a_named_sum_buys(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how many new specialist places does the 2.6 billion pay for",
        r"an amount, not a number of",
    )


def test_a_count_of_money_is_still_a_sum(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "how many billions is the £2.6bn", "specialist-places-investment-2022-2025"
    )
