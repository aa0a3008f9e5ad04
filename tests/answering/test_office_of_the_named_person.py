"""'What's David Johnston's job title?' names the minister the written answer records and asks
his office: the record of who answered is the answer, though the question names no answer."""

import pytest

from sendbot.answering.fact_index import FactIndex
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
