"""Whether the SEND and AP Improvement Plan covers all of England is what its aim says ("children
and young people across England ... wherever they live in the country"): asked of "the plan"
alone, it is answered with that fact on both bases."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with

QUESTIONS = [
    "is the plan only for england?",
    "does the plan apply to every part of england",
    "is the plan for the whole of england or not",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_where_the_plan_applies_is_its_aim(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "improvement-plan-aim")


@pytest.mark.parametrize("question", QUESTIONS)
def test_where_the_plan_applies_on_the_one_source_base(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "improvement-plan-aim")
