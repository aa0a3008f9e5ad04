"""The two checks answering tests make: a question is answered with one named fact, or it is
not answered (declined, or partial saying what the source does not give)."""

import re

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.reply import Reply


def assert_answered_with(index: FactIndex, question: str, fact_id: str) -> Reply:
    """The reply presents fact `fact_id` as the answer; returned for further checks."""
    reply = answer(index, question)
    assert reply.outcome is Outcome.ANSWERED and reply.answered, (question, reply.text)
    assert reply.fact is not None and reply.fact.id == fact_id, (question, reply.text)
    return reply


def assert_not_answered(index: FactIndex, question: str, missing: str) -> None:
    """Declined, or a partial reply whose missing sentence matches the pattern `missing`:
    never a fact presented as the answer."""
    reply = answer(index, question)
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}, reply.text
    assert not reply.answered
    if reply.outcome is Outcome.PARTIAL:
        assert reply.missing is not None and re.search(missing, reply.missing), reply.missing
