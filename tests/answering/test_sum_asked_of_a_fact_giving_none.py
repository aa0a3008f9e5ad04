"""How much money something is, or how big a sum is ("how big are the deficits?", "what's the
contract worth?", "what do they get paid?"), asked of a fact that speaks of that money but gives
no figure: partial, saying the written answer gives no amount, never the fact as the answer
(sum_not_given). A fact giving the sum still answers; who decides how much is no sum asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from sendbot.answering.sum_not_given import asks_how_much_money
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        # Was: the government "recognises ... dedicated schools grant deficits" as the answer.
        "what size are the dedicated schools grant deficits councils are running?",
        "how big are the dsg deficits at councils",
        # Was: the Internships Work consortium's contract, which names no value.
        "what's the Internships Work contract worth by itself?",
        "consortium contract with NDTi, what's it worth by itself",
        # Was: what the extra 2023/24 money will help with, autism included, which says no sum.
        "the money for autism in the extra high needs funding - figure?",
        # Was: REACh's part in the feedback loop, which says nothing of pay.
        "REACh, what are they paid for the delivery partner role",
    ],
)
def test_a_sum_asked_of_a_fact_giving_none_is_partial(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, r"doesn't give an amount")


def test_the_sum_given_still_answers(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "how much is the supported internships pilot worth?",
        "supported-internships-pilot",
    )
    assert "£3 million" in reply.text


def test_who_decides_how_much_is_not_a_sum_asked(shipped_index: FactIndex) -> None:
    question = "who gets to decide how much money a school spends on SEND?"
    assert not asks_how_much_money(analyse(question))
    assert answer(shipped_index, question).outcome is Outcome.ANSWERED


def test_whether_it_is_paid_is_not_a_sum_asked() -> None:
    assert not asks_how_much_money(analyse("is the aim paid work?"))
    assert not asks_how_much_money(analyse("what is the aim, paid jobs?"))
