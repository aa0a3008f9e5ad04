"""The newest figure of a measure, asked for "these days": the words asking for the newest
do not hide which measure is asked about."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much is high needs worth these days",
        "how much is high needs funding worth these days?",
    ],
)
def test_the_high_needs_budget_now_is_its_newest_total(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert "over £12 billion" in reply.text
