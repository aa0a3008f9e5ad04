"""'is this a dfe thing or a health one?': which department the written question was put to,
asked the way a parent asks it (a "thing" or "one" of each department, "department wise", "this"
standing for the written answer, a department checked as the one asked). Not which department
does something, nor a programme's department."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "is this a dfe thing or a health one? our paediatrician said it wasn't anything to do "
        "with them lol",
        "is this a department for education thing or a health one",
        "is this from the dept of health or education?",
        "who was the question directed at, department wise",
        "Was the PQ directed at the Department for Education or the Cabinet Office?",
        # it was answered with what the question asked
        "was it the education dept this was asked to?",
    ],
)
def test_the_department_put_to(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, "document-department")


@pytest.mark.parametrize(
    "question",
    ["which department funds EHCPs?", "is PINS a dfe programme or an NHS one"],
)
def test_a_department_asked_of_something_else_is_not_the_record(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
