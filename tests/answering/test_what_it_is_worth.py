""" "What is X worth?" asks X's sum of money, not what X is: "whats the partnerships for
inclusion of neurodiversity in schools thing worth" is answered with what PINS is funded with.
"Is it worth it?" still asks a judgement."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "whats the partnerships for inclusion of neurodiversity in schools thing worth",
        "what is pins worth",
        "what is the change programme worth?",
        "whats it worth",
    ],
)
def test_what_something_is_worth_asks_an_amount(question: str) -> None:
    assert analyse(question).intent is Intent.AMOUNT


@pytest.mark.parametrize("question", ["is it worth it", "is pins worth the money"])
def test_whether_it_is_worth_it_is_still_a_judgement(question: str) -> None:
    assert analyse(question).intent is Intent.JUDGEMENT


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "whats the partnerships for inclusion of neurodiversity in schools thing worth",
            "pins-programme",
        ),
        ("what is the change programme worth", "change-programme"),
    ],
)
def test_what_it_is_worth_is_answered_with_its_funding(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question", ["how many million is the ep money", "how many pounds for pins"]
)
def test_how_many_of_a_unit_of_money_asks_an_amount(question: str) -> None:
    assert analyse(question).intent is Intent.AMOUNT


def test_how_many_million_is_the_sum_not_a_count(single_source_index: FactIndex) -> None:
    # Not the 400 psychologists the same sum trains.
    assert_answered_with(
        single_source_index,
        "educational psychologist training, how many million is it",
        "educational-psychologists-funding",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much is the change programme costing", "change-programme"),
        ("what is the cost of the change programme", "change-programme"),
        ("what is the value of the change programme", "change-programme"),
    ],
)
def test_what_a_thing_costs_is_answered_with_its_own_sum(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "how much is the change programme evaluation costing",
        "cost of the change programme independent evaluation?",
        "how much is the PINS evaluation costing",
        "what's the value of the pins evaluation contract",
    ],
)
def test_the_cost_of_a_part_is_not_the_sum_of_the_whole(
    shipped_index: FactIndex, question: str
) -> None:
    # The £70 million of the Change Programme, the £13 million of PINS: not their evaluations'
    assert_not_answered(
        shipped_index, question, r"doesn.t give (?:a figure for the .*evaluation|an amount)"
    )


def test_the_value_of_something_unpriced_asks_no_amount() -> None:
    question = "what does the nov 2023 answer say about the value of educational psychologists?"
    assert analyse(question).intent is not Intent.AMOUNT
