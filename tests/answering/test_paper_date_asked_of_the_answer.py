"""'When did the plan come out, does the answer say?': the answer is named as where to look,
and the date asked is the plan's, not the date the answer was given. 'The paper's number and
its publication date, does this answer include them?' asks the paper's date too: never the
answer's own date (a wrong fact)."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex
from tests.answering.expected_replies import assert_answered_with

PUBLISHED = "document-plan-published"
ANSWERED = "document-answered-date"


@pytest.mark.parametrize(
    "question",
    [
        "when did the send plan come out, does the answer say?",
        "what date was the improvement plan published, does this answer tell us",
    ],
)
def test_the_papers_date_is_asked(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, PUBLISHED)


def test_its_publication_date_is_the_papers(single_source_index: FactIndex) -> None:
    question = (
        "for my dissertation i need the plan paper number and its publication date, does this "
        "answer include them?"
    )
    reply = answer(single_source_index, question)
    assert reply.fact is None or reply.fact.id != ANSWERED or not reply.answered


def test_when_the_minister_answered_is_the_answers_date(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "when did the minister answer, does it say?", ANSWERED
    )
