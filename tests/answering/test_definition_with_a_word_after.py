"""What a thing is, asked with a word about the asker after it ("what's the early career
framework, never heard of it", "what is it, is it like a course?") or with "actually" before
"mean", is read as a definition: a partial saying the written answer does not explain it, not
the fact that only names it given as the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("what's the early career framework, never heard of it", "itt-ecf-send-content"),
        ("what is the early career framework, is it like a course?", "itt-ecf-send-content"),
        ("what is an education health and care plan", "supported-internships-pilot"),
        ("what does the universal training offer actually mean", "autism-awareness-training"),
        ("what's the npq senco, is it like a degree?", "npq-senco"),
    ],
)
def test_a_definition_the_source_does_not_give(
    single_source_index: FactIndex, question: str, related: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "doesn't explain what" in reply.missing
    assert reply.fact is not None and reply.fact.id == related


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what's the high needs budget, never heard of it", "high-needs-funding-2024-25"),
        (
            "what is the 2024/25 high needs budget, is it like a grant?",
            "high-needs-funding-2024-25",
        ),
    ],
)
def test_a_figure_asked_so_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_definition_the_source_gives_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(shipped_index, "what is pins, never heard of it", "pins-programme")


def test_what_a_role_does_day_to_day_is_not_a_definition(single_source_index: FactIndex) -> None:
    assert not answer(single_source_index, "what does a senco actually do day to day").answered
