"""A part of a written answer's record asked of an answer the sources do not hold, and the
question's own number, which no record gives: never another answer's record as the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("who answered the question on ehcp waiting times?", "no written answer on ehcp"),
        ("when was the question on school transport answered?", "on school transport"),
        ("when did the dfe reply to my letter?", "no reply to your letter"),
        ("when did they respond to our complaint?", "no reply to your complaint"),
    ],
)
def test_a_record_of_an_answer_the_source_does_not_hold_is_not_given(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
    if reply.outcome is Outcome.PARTIAL:
        assert reply.missing is not None and missing in reply.missing


def test_on_the_shipped_base_another_answers_minister_is_not_given(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "who answered the question on ehcp waiting times?")
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what was the question number?",
        "which question number was it?",
        "question reference number?",
        "what's the question's reference?",
        "whats the pq number",
    ],
)
def test_the_question_number_is_not_answered_with_its_wording(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what was the question?", "document-question"),
        ("what did the question ask?", "document-question"),
        ("when was the question on the improvement plan answered?", "document-answered-date"),
        ("was the reply on the 9th feb?", "document-answered-date"),
        ("who actually gave the answer on the govt side?", "document-answered-by"),
        ("whats the most recent written answer on send you've got", "document-answered-date"),
    ],
)
def test_the_records_own_parts_are_still_answered(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


def test_on_the_shipped_base_an_answer_held_is_still_named(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "when was the question on the improvement plan answered?",
        "document-answered-date",
    )
