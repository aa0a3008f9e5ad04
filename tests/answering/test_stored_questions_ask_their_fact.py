"""A question on when one written answer was given gets that answer's date: the 8 Feb 2024
answer's date record no longer stores questions naming no answer ("how recent is this answer?",
"when did the government reply to the pq"), which over many sources pulled "when was the answer
on where the 15 new special schools go published" to the wrong answer's date."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "when was the answer about where the 15 new special schools will go published?",
            "sfs-2024-03-22-answered-date",
        ),
        ("when was the improvement plan question answered?", "document-answered-date"),
    ],
)
def test_a_question_on_when_an_answer_was_given_gets_that_answers_date(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.fact is not None and reply.fact.id == fact_id, reply.text
