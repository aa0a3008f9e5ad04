"""'What is this written answer about?' asks for the question it answers; 'who was the question
put to?' asks for the department it was put to. Both got no candidate at all before: the first
counted as asking about the answering (not the question), which set the question's text aside;
the second as asking who asked, which no written answer here says."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import AnswerPart, asked_of_answer, asks_what_answer_is_about
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what's this reply about?", True),
        ("wat is the govt response even about", True),
        ("whats the dfe answer actually about then", True),
        ("what did the answer say about pins", False),  # what it said of a topic
        ("what's the report about", False),  # no answer named
        ("is the answer about supported internships", False),  # no what
    ],
)
def test_what_a_written_answer_is_about_is_read_as_its_question(text: str, asks: bool) -> None:
    assert asks_what_answer_is_about(text) is asks


def test_who_a_question_was_put_to_asks_for_its_department() -> None:
    question = analyse("who was this pq sent to")
    parts = asked_of_answer(question, frozenset(question.words)).parts
    assert AnswerPart.DEPARTMENT in parts
    assert AnswerPart.ASKER not in parts
    assert AnswerPart.ANSWERER not in parts


@pytest.mark.parametrize(
    "question",
    [
        "what's this reply about?",
        "sorry new here, whats the answer actually about",
        "wat is this written answer all about",
    ],
)
def test_what_this_answer_is_about_gets_the_question_it_answers(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-question")


@pytest.mark.parametrize(
    "question", ["who was this pq addressed to?", "who was the written question sent to"]
)
def test_who_a_question_was_put_to_gets_the_department(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-department")


def test_what_an_answer_is_about_among_many_answers_asks_which(shipped_index: FactIndex) -> None:
    # Fifteen written answers: which one "this answer" is, is not said.
    reply = answer(shipped_index, "whats this written answer about")
    assert reply.outcome is Outcome.DECLINED and not reply.answered
