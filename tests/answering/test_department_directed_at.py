"""Which department a written question went to, asked as what "this" or "it" is directed or
addressed at, or as "which one" after the message names departments: the record of the
department it was put to answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "what dept is it directed at?",
        "which government department is this addressed to",
        "we want to lobby the right department - which one was the pq sent to?",
        "need the correct dept for a letter, which one was this question put to",
        # "ministry" names the department as "dept" does
        "which ministry was it put to",
        "which ministry is this directed at",
    ],
)
def test_the_department_it_was_put_to_answers(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (message, reply.outcome, reply.text)
    assert reply.fact is not None and reply.fact.id == "document-department"


def test_a_department_doing_something_is_not_the_record(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "which department funds ehcps")
    assert reply.fact is None or reply.fact.id != "document-department" or not reply.answered
