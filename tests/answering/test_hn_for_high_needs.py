"""On the shipped base: "HN", as people shorten high needs, is high needs."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_hn_funding_is_high_needs_funding(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "what's the total HN budget in 2025-26", "high-needs-total-2025-26"
    )
