"""On the shipped base: asked for the newest, a reply that would be partial or declined with an
older answer's word on a topic (the January 2024 announcement of the teacher training
framework) is answered with the topic's newest word when it ranks close and gives what was
asked (the June 2025 answer: from September 2025), the older word listed beside it. What the
newest word does not give either stays unanswered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        # Partial before: the older word gives when it was announced, not when it starts.
        "most recent on the ITT and early career framework SEND content, from when does it apply?",
        # Declined before: the two answers' words ranked level.
        "current framework rules on SEND for trainee teachers",
    ],
)
def test_the_topics_newest_word_answers_what_the_older_one_cannot(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "ittecf-minimum-entitlement-2025")
    assert "From September 2025" in reply.text
    assert "Earlier answers on this:" in reply.text
    assert "In January 2024, the department announced" in reply.text


def test_what_the_newest_word_does_not_give_stays_unanswered(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "latest on how many new teachers have done the new framework's SEND training",
        "number",
    )


@pytest.mark.parametrize(
    "question",
    [
        # Off topic: exam grades share only "pass" with high needs money passed to schools.
        "which gcse grade counts as a pass nowadays?",
        "what grade do you need to pass maths gcse at the moment",
    ],
)
def test_a_stray_shared_word_is_no_newest_word_on_what_was_asked(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text
