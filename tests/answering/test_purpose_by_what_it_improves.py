"""What a programme is for, asked by what it is to improve ("what is the early years SENCO
training actually supposed to improve?", "what will the senco npq improve?"): the fact saying
what it is for, not the count of those on it; a count asked keeps its count."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "preschool manager here, before I send my staff on it, what is the early years "
            "SENCO training actually supposed to improve?",
            "early-years-senco-training-purpose",
        ),
        ("what will the early years senco training improve", "early-years-senco-training-purpose"),
        (
            "what would the early years senco training improve in a setting like mine",
            "early-years-senco-training-purpose",
        ),
        (
            "what is the early yrs senco trainng hoping to improve",
            "early-years-senco-training-purpose",
        ),
        ("what will the senco npq improve?", "npq-senco-purpose"),
        # ... in the words of whoever says it: the purpose, not the sibling saying when the
        # qualification starts or how many are registered on the training
        (
            "nursery owner here - what does the dfe say the early years senco course is "
            "supposed to improve?",
            "early-years-senco-training-purpose",
        ),
        (
            "what do they say the new senco qualification is supposed to ensure?",
            "npq-senco-purpose",
        ),
        # the count asked of the same programme
        (
            "how many early years practitioners are registered on the senco training",
            "early-years-senco-training",
        ),
    ],
)
def test_purpose_asked_by_what_it_improves(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
