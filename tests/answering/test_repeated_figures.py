"""Two written answers that repeat the same figure are one answer, not rivals: a question both
fit is answered with the figure instead of being declined for want of a clear winner."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    "question",
    [
        "how much is the department putting into training educational psychologists",
        "how much is the government putting into educational psychologist training",
    ],
)
def test_a_figure_two_answers_repeat_is_answered_not_declined(
    shipped_index: FactIndex, question: str
) -> None:
    # November 2023 and February 2024 both give the £21 million for training EPs.
    reply = answer(shipped_index, question)
    assert reply.outcome.value == "answered"
    assert reply.fact is not None and "£21 million" in reply.fact.quote
