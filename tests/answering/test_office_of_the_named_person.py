"""'What's David Johnston's job title?' names the minister the written answer records and asks
his office: the record of who answered is the answer, though the question names no answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_the_office_of_the_minister_named_is_his_record(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "what is david johnston's job title?", "document-answered-by"
    )
    assert_answered_with(single_source_index, "david johnstons role?", "document-answered-by")


def test_a_person_not_named_by_the_record_is_not_answered_with_it(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(single_source_index, "what is gillian keegan's job title?", "")


@pytest.mark.parametrize(
    "question",
    [
        "so david johnston gave the answer? what's his role",
        "david johnston replied i think - what is his job exactly",
        "the minister was david johnston, whats his position?",
    ],
)
def test_the_office_asked_of_someone_named_before_the_asking_is_his_record(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-answered-by")


def test_a_later_office_the_page_shows_is_quoted_with_its_caveat(
    shipped_index: FactIndex,
) -> None:
    """Her pages show the office she held later, not the one she held when answering."""
    reply = answer(shipped_index, "what is claire coutinho's job title?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id.endswith("-answered-by"), reply.text
    assert "Secretary of State for Energy Security and Net Zero" in reply.text
    assert "may be a later office than she held when answering" in reply.text


def test_a_small_word_of_an_office_names_no_one(shipped_index: FactIndex) -> None:
    """The "and" of "Department for Work and Pensions" in the Jan 2026 record's office line
    is no name: a question with "and" in it does not ask about Baroness Smith."""
    assert_answered_with(
        shipped_index,
        "how did the number in special schools change between 2015/16 and 2024/25",
        "pupils-in-special-schools-2024-25",
    )
