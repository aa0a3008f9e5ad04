"""'Was it Nick Gibb who answered?' checks a name as the answerer's: the record of who answered
is the reply, and it puts the name right. The name checked is the claim, not a topic naming
another written answer; a topic the message names still must be in this written answer."""

import pytest

from sendbot.answering.answer_parts import without_name_checked
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "was it nick gibb who replied?",
        "was it robert halfon who answered this or someone else",
        "did bridget phillipson answer this pq?",
        "was this answered by michael gove?",
        "is it damian hinds that signed the answer?",
    ],
)
def test_a_name_checked_as_the_answerers_gets_the_record_of_who_answered(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-answered-by")
    assert "David Johnston" in reply.text


def test_a_topic_named_beside_the_name_must_be_in_the_written_answer(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index, "was it jo bloggs who replied to the question on school buses?", ""
    )


def test_only_the_name_checked_is_set_aside() -> None:
    assert without_name_checked("was it nick gibb who replied?") == "was it who replied?"
    assert without_name_checked("did jo bloggs answer this pq") == "did answer this pq"
    assert without_name_checked("who answered the pq on transport") == (
        "who answered the pq on transport"
    )
