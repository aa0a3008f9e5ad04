"""On the shipped base: plans "pushed back", "held up" or "taking longer" were delayed, and why
they were delayed is answered by the reason given for the delay."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "why has the schools white paper been pushed back?",
        "why are the send reforms being held up",
        "why is the white paper on send reform taking longer than promised",
    ],
)
def test_why_plans_were_pushed_back_is_why_they_were_delayed(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")
