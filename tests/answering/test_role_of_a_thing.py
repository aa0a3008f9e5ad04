"""The part something plays ("what part do special schools have, what role for them in the
neurodiversity answer?") is what the answer says of that thing, not the office of the minister
who answered; "the role of the minister who answered" still asks the office."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.answer_parts import DOCUMENT_TAG
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.role_of_a_thing import asks_a_things_role
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what role for REACh in the change programme answer",
        "the feb 2026 top slicing answer - what role for local authorities?",
        "what role for councils in the december 2023 change programme answer",
    ],
)
def test_a_things_role_is_not_the_answerers_office(shipped_index: FactIndex, question: str) -> None:
    # Not who answered that written answer: the record names a minister, no part played.
    reply = answer(shipped_index, question)
    assert reply.fact is None or DOCUMENT_TAG not in reply.fact.tags, reply.text


def test_the_part_special_schools_play_is_answered(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "in the neurodiversity answer from june 2025, what role is there for special schools?",
        "community-wide-approach-inclusion",
    )
    assert "most complex needs" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what role for special schools",
        "do councils have any role in it",
        "what role do educational psychologists play",
        "the role of integrated care boards",
    ],
)
def test_a_things_role_is_read(question: str) -> None:
    assert asks_a_things_role(question)


@pytest.mark.parametrize(
    "question",
    [
        "what is the role of the minister who answered",
        "whats his role",
        "whats the role of the guy who answered",
        "what role does it show for her",
        "answering minister + role for the bundle",
        "what was his actual role in the DfE?",
        "what job title did she have",
    ],
)
def test_someones_office_is_still_read_as_asked(question: str) -> None:
    assert not asks_a_things_role(question)
