"""On the shipped base: when a framework "kicks in" or "takes effect" is when it starts."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "when will the ittecf kick in for new teachers",
        "when does the ittecf take effect?",
    ],
)
def test_when_a_framework_kicks_in_is_when_it_starts(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "ittecf-minimum-entitlement-2025")
