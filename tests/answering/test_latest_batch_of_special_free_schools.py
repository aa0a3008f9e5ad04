"""On the shipped base: a "batch" or "tranche" of special free schools is a wave of them, the
word the facts use, so the newest one asked for is the Spring Budget 2024's 15 more (these
questions were declined: "batch" and "tranche" were words the base did not know)."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "latest tranche of special free schools?",
        "what's the newest batch of special schools the government has announced",
    ],
)
def test_the_latest_batch_of_special_free_schools_is_the_spring_budget_wave(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "spring-budget-2024-special-free-schools")
    assert "15 additional special free schools" in reply.text
