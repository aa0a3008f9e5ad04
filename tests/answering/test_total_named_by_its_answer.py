"""On the shipped base: two written answers give the 2024/25 high needs figure, one as the
total high needs budget, a later one as what backs the improvement plan. A question asking the
total is answered in the words that call it a total; one that does not ask it, or asks in the
other answer's words, keeps the fact it matched."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    ["total high needs 24/25?", "high needs 2024/25 total", "high needs total for 2024-25?"],
)
def test_the_total_asked_is_answered_by_the_fact_calling_it_the_total(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2024-25")
    assert "total high needs budget to over £10.5 billion in 2024/25" in reply.text
    assert "Written answer by David Johnston" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "how much money backs the send and ap improvement plan in 2024/25?",
        # A total asked in the other answer's own words ("backed by") is asked of that answer.
        "what total is the send and ap improvement plan backed by in 2024/25?",
    ],
)
def test_a_question_asking_in_the_matched_answer_s_words_keeps_its_fact(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "high-needs-funding-2024-25"
    assert "Backed by over £10.5 billion in 2024/25" in reply.text
