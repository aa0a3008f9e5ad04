"""A sum heard of the topic the one figure of its size is about ("someone said the send plan
has 10 billion, is that right?"), or a figure checked in the question itself ("is it £15
billion backing the send plan?", "was it 34 local authorities?"), is checked against that
figure, as a sum heard alone is: the reply gives the real figure and says which it sets right."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_a_sum_heard_of_the_plan_is_set_right(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "a parent at school said the send plan has 9 billion, is that right?",
        "high-needs-funding-2024-25",
    )
    assert "not 9 billion" in reply.text


@pytest.mark.parametrize(
    ("question", "fact", "set_right"),
    [
        (
            "is it £12 billion backing the send plan?",
            "high-needs-funding-2024-25",
            "not £12 billion",
        ),
        ("was it 35 local authorities?", "change-programme-local-authorities", "not 35"),
    ],
)
def test_a_figure_checked_in_the_question_itself_is_set_right(
    single_source_index: FactIndex, question: str, fact: str, set_right: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact)
    assert set_right in reply.text


def test_a_judgement_of_a_figure_is_still_not_answered(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "would you say 15 new special schools is loads or not?")
    assert reply.outcome is not Outcome.ANSWERED
