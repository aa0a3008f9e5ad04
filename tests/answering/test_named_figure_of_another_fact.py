"""A question naming a figure ("the 76 special free schools") is about the fact that gives it:
when that fact lacks what was asked (a date), a fact giving another figure of the same kind
(33 approved in March 2023) is no answer; the reply is partial, saying what is missing, with
the fact the question names."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def test_another_count_s_date_is_not_the_named_count_s(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "in what month were the 76 further special free schools approved?"
    )
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-free-schools-approved"
    assert reply.missing is not None and "date" in reply.missing
