"""A sum claimed ("£5k for early years SENCO training right?") is not confirmed by a count of
the same number (over 5000 practitioners registered): the reply never says "Yes" to a figure
its quote does not hold. A bare number ("10.5bn") may be a sum written without its "£"."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    "question",
    [
        "£5k for early years SENCO training right?",
        "is it £400 for the EP trainees?",
        "£32 for the change programme?",
        "they spent £15 on the new special schools?",
        "£1680 for PINS?",
    ],
)
def test_a_sum_is_not_confirmed_by_a_count(single_source_index: FactIndex, question: str) -> None:
    reply = answer(single_source_index, question)
    assert not reply.text.startswith("Yes"), (question, reply.text)


@pytest.mark.parametrize(
    "question",
    [
        "was the change programme £70m?",
        "10.5bn for send right?",
        "£21m for ep training right?",
        "5000 practitioners registered for early years senco training right?",
    ],
)
def test_a_figure_the_quote_holds_is_still_confirmed(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.text.startswith("Yes"), (question, reply.text)


def test_the_sum_set_right_is_written_as_asked(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "£32 for the change programme?")
    assert reply.text.startswith("The written answer gives £70 million, not £32."), reply.text
