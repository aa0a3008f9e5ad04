"""'The latest on X' gets the newest written answer's first fact on X (an answer leads with its
news), unless another of its facts on X is clearly nearer what was asked: the latest assessment
of demand for places is that demand will go on rising, not the survey that measures it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what's the most recent assessment of demand for specialist send places?",
        "latest on demand for specialist places?",
    ],
)
def test_the_newest_answers_fact_nearest_what_was_asked(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "specialist-placements-expected-to-rise")
    assert "continue to increase" in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("whats the latest on pins", "pins-independent-evaluation"),
        ("latest on send in teacher training", "ittecf-minimum-entitlement-2025"),
    ],
)
def test_its_first_fact_when_none_is_clearly_nearer(
    shipped_index: FactIndex, question: str, lead: str
) -> None:
    assert_answered_with(shipped_index, question, lead)


@pytest.mark.parametrize(
    "question",
    ["any news on the PINS evaluation?", "most recent news on the evaluation of pins"],
)
def test_a_phrasing_naming_only_the_topic_is_not_clearly_nearer(
    shipped_index: FactIndex, question: str
) -> None:
    """ "What will the pins evaluation look at?" carries no word beyond "pins evaluation": the
    news on the evaluation is its answer's first word, that it is under way."""
    reply = assert_answered_with(shipped_index, question, "pins-independent-evaluation")
    assert "underway" in reply.text
