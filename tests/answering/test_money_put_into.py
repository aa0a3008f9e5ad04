"""On the shipped base: "how much is the DfE putting into X" asks how much money goes into X,
the amount invested in it, as "how much is the DfE investing in X" does."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much is the department putting into supported internships?",
        "how much are ministers pouring into supported internships",
        "how much money is the government pumping into supported internships?",
    ],
)
def test_money_put_into_a_programme_is_its_investment(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "supported-internships-investment-2022")


@pytest.mark.parametrize(
    "question",
    [
        "how much has the dfe put into specialist places?",
        "how much money has the department poured into new specialist places",
    ],
)
def test_money_put_into_in_the_past_tense(shipped_index: FactIndex, question: str) -> None:
    # "put into", "poured into": money already put in, asked as "putting into" is
    assert_answered_with(shipped_index, question, "specialist-places-investment-2022-2025")
