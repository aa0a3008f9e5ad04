"""A count asked of a sum the question names ("how many places will the £2.6bn create"): the
sum's words are the figure named, not a count of money asked, so a fact giving only the sum
does not answer; the reply is partial, saying it gives an amount, not a number. Unless the
sum's quote says the count it buys and another fact of the same answer gives that count ("£21
million to train 400 more education psychologists"): that fact answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_count_of_what_a_named_sum_buys(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how many new specialist places does the 2.6 billion pay for",
        r"an amount, not a number of",
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many new specialist places will the £2.6bn create?",
        "how many places is the 2.6 billion going to make",
        "how many new special school places will the £2.6 billion build?",
    ],
)
def test_a_count_from_another_answer_is_not_what_the_named_sum_buys(
    shipped_index: FactIndex, question: str
) -> None:
    # The 1,500 places of the schools opened in 2023/24 come from a later answer that never
    # names the £2.6bn: nothing ties that count to the sum.
    assert_not_answered(shipped_index, question, r"number of")


def test_a_count_of_what_is_named_without_a_sum_is_still_answered(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "how many places do the 15 new special schools create?",
        "special-school-places-created",
    )


def test_a_count_of_money_is_still_a_sum(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "how many billions is the £2.6bn", "specialist-places-investment-2022-2025"
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many EPs is the £21m for",
        "how many EPs does the 21 million pay to train",
        "how many extra educational psychologists does the 21m pay for",
    ],
)
def test_a_count_the_named_sum_buys_is_the_fact_giving_that_count(
    single_source_index: FactIndex, question: str
) -> None:
    # "£21 million to train 400 more education psychologists": the sum's fact says the count
    # in its quote; the fact of the same answer giving 400 as its figure answers.
    reply = assert_answered_with(
        single_source_index, question, "educational-psychologists-trainees"
    )
    assert "400" in reply.text


def test_a_count_the_named_sum_buys_each_year_is_still_partial(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index, "how many EPs will the £21m train each year", "number of EPs"
    )
