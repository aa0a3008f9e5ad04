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


def test_another_answers_words_for_the_figure_do_not_rule_out_the_fact_giving_what_is_asked(
    shipped_index: FactIndex,
) -> None:
    # February 2024's "60% over five years" is nearer the question's words but does not say the
    # year counted from; September 2023's "60% from the 2019/20 allocations" does. The same
    # figure in other words is no rival the question is more about: it answers, not a partial.
    reply = answer(
        shipped_index, "the 60% high needs rise - which baseline year is it measured from?"
    )
    assert reply.outcome.value == "answered", reply.text
    assert reply.fact is not None and reply.fact.id == "high-needs-rise-since-2019-20"
