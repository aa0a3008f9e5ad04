"""On the shipped base: which grant high needs money reaches councils through is said in one
fact, the Warwickshire allocation "through the high needs funding block of the dedicated schools
grant (DSG)"; asked in general words, with no figure, it answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what grant is the high needs block part of",
        "high needs funding goes through what grant",
    ],
)
def test_the_grant_high_needs_money_comes_through(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "warwickshire-high-needs-2025-26")
