"""On the shipped base: "going forward" or "moving forward" ending a question says from now on;
it names nothing a fact is about, and the question is answered as if it were not there."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what is the objective for send finances moving forward",
        "what's the dfe's objective for send finances going forward?",
    ],
)
def test_going_forward_names_no_topic(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "send-reform-plans-later-2025")
