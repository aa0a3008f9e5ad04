"""A sum asked for growing a workforce ("what cash went in to boost the number of educational
psychologists"): "what money" or "what cash" asks an amount, as "what funding" does, and the
growth named after "to" is what the money is for, not a rise asked about, nor the count asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse


@pytest.mark.parametrize(
    "message",
    [
        "what cash went in to boost the number of educational psychologists",
        "what money has the dfe given to expand the ed psych workforce",
        "what funding was provided to increase the number of EPs",
    ],
)
def test_the_sum_for_more_staff_answers(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (message, reply.outcome, reply.text)
    assert reply.fact is not None and reply.fact.id == "educational-psychologists-funding"


def test_the_aim_is_no_change_asked() -> None:
    question = analyse("what money was given to grow the EP workforce")
    assert question.intent is Intent.AMOUNT
    assert not question.change


def test_a_rise_asked_is_still_a_change() -> None:
    assert analyse("how much has the high needs money grown").change
    assert analyse("how many places were created to increase the number of places").intent is (
        Intent.COUNT
    )
