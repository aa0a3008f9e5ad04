"""On the shipped base: "when was X last updated?", "when did we last hear about X?" and "the
last update on X" ask for the newest figure or word on X, whose reply says when it was given;
"when was this answer last updated?" is asked of the answer, not of a topic."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import last_update_asked
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "answered"),
    [
        (
            "when was the high needs budget last updated?",
            "high-needs-total-2025-26",
            "16 June 2025",
        ),
        (
            "when were special school pupil numbers last reported, and what are they",
            "pupils-in-special-schools-2024-25",
            "27 January 2026",
        ),
        (
            "when did the dfe last say anything about ed psych training funding",
            "educational-psychologists-funding",
            "8 February 2024",
        ),
        (
            "last updates about the send reform plans timing?",
            "schools-white-paper-early-new-year",
            "21 November 2025",
        ),
    ],
)
def test_when_last_updated_gets_the_newest_and_says_when(
    shipped_index: FactIndex, question: str, fact_id: str, answered: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert answered in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "when was this answer last updated?",
        "when was it last updated",
        "when was the data last updated",
    ],
)
def test_when_the_answer_itself_was_last_updated_is_not_read_as_news(question: str) -> None:
    assert last_update_asked(question) == question
