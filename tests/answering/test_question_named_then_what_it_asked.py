"""'what did the nov 2023 question on educational psychology ask?': the question named by its
date and topic, or the member by their seat, before "ask" still asks what the question said.
Without that, a fact of the answer (educational psychologists' critical role) or the record of
who asked was given as what the question asked."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what did the nov 2023 question on educational psychology ask about value?",
            "ep-2023-11-17-question",
        ),
        (
            "what did the nov 2023 question on educational psychologists ask?",
            "ep-2023-11-17-question",
        ),
        ("what did the MP for Rugby ask about specialist settings?", "places-2023-06-12-question"),
    ],
)
def test_what_a_question_named_by_date_topic_or_seat_asked_is_its_wording(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_when_the_question_named_was_asked_is_still_its_date(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "what was the nov 2023 question asked on?", "ep-2023-11-17-asked-date"
    )
