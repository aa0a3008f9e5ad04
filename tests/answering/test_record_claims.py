""" "More than ever" is a claim of a record, which the sources make of one thing: a greater
share of children in special schools than at any time in the past fifty years. Asked of
special schools it is answered with that fact; asked of something else, it is not, and a
figure that claims no record never answers it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.record_claims import claims_record
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

RECORD_FACT = "special-schools-share-highest-in-fifty-years"


@pytest.mark.parametrize(
    "question",
    [
        "are more kids in special schools than ever",
        "is it true more children are in special schools than ever? my mum says it was the "
        "same in her day",
        "has the share of pupils in special schools hit an all time high?",
    ],
)
def test_more_than_ever_in_special_schools_is_the_fifty_year_record(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, RECORD_FACT)
    assert "than at any time in the past fifty years" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "are there more pupils with EHCPs than ever",
        "are more children in alternative provision than ever",
        "are more children getting EHC plans than ever before?",
    ],
)
def test_a_record_claimed_of_something_else_is_not_answered_with_it(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, ".")


def test_record_words_are_a_claim_and_plain_questions_are_not() -> None:
    assert claims_record(analyse("is high needs funding at a record high?"))
    assert not claims_record(analyse("how many children are in special schools?"))
