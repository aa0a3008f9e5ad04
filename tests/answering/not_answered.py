"""The check every "the source does not say" test makes."""

import re

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome


def assert_not_answered(index: FactIndex, question: str, missing: str) -> None:
    """Declined, or a partial reply whose missing sentence matches the pattern `missing`:
    never a fact presented as the answer."""
    reply = answer(index, question)
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}, reply.text
    assert not reply.answered
    if reply.outcome is Outcome.PARTIAL:
        assert reply.missing is not None and re.search(missing, reply.missing), reply.missing
