"""A sum of money asked by its role ("what sum did the minister say the plan is backed by",
"the headline money figure"), not by "how much": the funding, as "how much" gets it; a sum
for a year or an area the source does not give is not answered."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what sum did the minister say the plan is backed by", "high-needs-funding-2024-25"),
        ("whats the headline money figure for the send plan", "high-needs-funding-2024-25"),
        ("what sum is PINS worth", "pins-programme"),
        (
            "what's the cash figure for the supported internships pilot",
            "supported-internships-pilot",
        ),
    ],
)
def test_sum_named_by_its_role(single_source_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question", ["whats the funding figure for 2025/26", "what sum goes to each local authority"]
)
def test_sum_the_source_does_not_give(single_source_index: FactIndex, question: str) -> None:
    assert_not_answered(single_source_index, question, "")
