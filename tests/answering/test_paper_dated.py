"""When a paper a written answer names came out ("which report did the lords ask about, and
when was that report published?") is that paper's date, which the question put gives, not
the date the answer was given or its question asked; the answer's own date is still given
when the answer or its question is what was published."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.paper_dated import dates_another_paper
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "which IFS report was behind the lords question, and when was the report published",
        "which IFS report did the peers ask about, when published?",
        "whats the title and the date of the IFS report the peers raised",
    ],
)
def test_the_papers_date_is_not_the_answers(shipped_index: FactIndex, question: str) -> None:
    # Not "answered on 16 June 2025" nor "asked on 2 June 2025".
    reply = assert_answered_with(shipped_index, question, "ifs-2025-06-16-question")
    assert "10 December 2024" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "when was the report published",
        "and when published? the IFS report",
        "the date of the IFS report",
    ],
)
def test_a_papers_date_is_read(question: str) -> None:
    assert dates_another_paper(question)


@pytest.mark.parametrize(
    "question",
    [
        "when was the answer published",
        "what day was the reply on special schools published",
        "the date of the answer on the IFS report",
        "the date of the IFS report question",
        "the IFS report question, when was it published?",
    ],
)
def test_the_answers_own_date_is_still_read(question: str) -> None:
    assert not dates_another_paper(question)
