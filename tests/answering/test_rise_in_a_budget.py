"""'what's the rise in the high needs budget' asks for the rise, which a fact giving the
percentage rise answers (it was read as asking the budget, a sum the fact does not give)."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_the_rise_in_a_budget_is_answered_with_its_percentage_rise(
    single_source_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        single_source_index,
        "what was the rise in the high needs budget?",
        "high-needs-budget-increase",
    )
    assert "60%" in reply.text
