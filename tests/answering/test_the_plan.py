"""'the plan' is the Improvement Plan the written answer is about, unless another plan is named."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.scoring import corrected_terms
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question", ["how much cash is behind the plan", "is the plan backed by 9 billion"]
)
def test_the_plan_is_the_improvement_plan(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, "high-needs-funding-2024-25")


def test_the_plan_of_an_ehcp_is_that_plan(single_source_index: FactIndex) -> None:
    assert "improvement_plan" in corrected_terms(single_source_index, "is the plan on track")
    assert "improvement_plan" not in corrected_terms(
        single_source_index, "does the ehcp money follow the plan"
    )
    # "a plan" points at no plan named before
    assert "improvement_plan" not in corrected_terms(single_source_index, "is there a plan")
