"""A question checking a record ("more than ever?") is not answered with a figure that does
not claim one, and "what are X" asks what X are, on the shipped base."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex
from sendbot.answering.question import Intent, analyse
from sendbot.answering.record_claims import claims_record


@pytest.mark.parametrize(
    "question",
    [
        "are more kids in special schools than ever",
        "is it true more children are in special schools than ever? my mum says it was the "
        "same in her day lol",
    ],
)
def test_more_than_ever_never_gets_a_count_that_claims_no_record(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    if reply.answered:
        assert reply.fact is not None and "any time" in reply.fact.quote


def test_record_words_are_a_claim_and_plain_questions_are_not() -> None:
    assert claims_record(analyse("is high needs funding at a record high?"))
    assert not claims_record(analyse("how many children are in special schools?"))


def test_what_are_supported_internships_gets_what_they_are(shipped_index: FactIndex) -> None:
    assert analyse("what are supported internships").intent is Intent.DEFINITION
    reply = answer(shipped_index, "what are supported internships")
    assert reply.answered and reply.fact is not None
    assert "personalised study programmes" in reply.fact.quote
