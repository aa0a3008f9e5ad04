"""Letters no quote spells out in brackets may still be the capital initials of a name a quote
gives: "what is NPQ short for?" is answered from "National Professional Qualification for
Special Educational Needs Coordinators" with the words that spell it. Letters a quote writes
as a name of their own ("CP 800") are not taken to stand for a name that happens to begin with
them, and a question asking what something is, not what its letters stand for, is not read so.
"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.expansions import spelt_by_initials
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.spelt_out import asked_letters
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_capital_initials_spell_letters_out() -> None:
    quote = "introducing a leadership level new National Professional Qualification for SENCOs"
    assert spelt_by_initials(quote, "npq") == "National Professional Qualification"
    # The words as the quote writes them, with one lower-case word among the capitals.
    assert spelt_by_initials("without an Education, Health and Care plan until", "ehcp") == (
        "Education, Health and Care plan"
    )
    # Everyday words that begin with the letters are no name.
    assert spelt_by_initials("new places for pupils with quotas", "npq") is None
    # The name as quoted, without the quotation mark opening it.
    assert (
        spelt_by_initials(
            "the \u2018Partnerships for Inclusion of Neurodiversity in Schools\u2019 programme",
            "pins",
        )
        == "Partnerships for Inclusion of Neurodiversity in Schools"
    )


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "what is NPQ short for?",
            "npq-senco",
            "NPQ stands for National Professional Qualification.",
        ),
        (
            "npq stands for what?",
            "npq-senco",
            "NPQ stands for National Professional Qualification.",
        ),
        (
            "what is AET short for, the autism training people",
            "autism-awareness-training",
            "AET stands for Autism Education Trust.",
        ),
        (
            "EHCP stands for what exactly",
            "supported-internships-pilot",
            "EHCP stands for Education, Health and Care plan.",
        ),
    ],
)
def test_letters_spelt_by_capital_initials_are_answered(
    single_source_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.text.startswith(said), reply.text


@pytest.mark.parametrize(
    "question",
    [
        # "it" stands for the one word the message writes in capitals; the fact spelling
        # those letters out, which gives the sum too, not the schools it is to support
        "the primary school newsletter mentioned PINS - what does it stand for and how much is it?",
        "primary schools near us are joining PINS, what does it stand for?",
        # a word in capitals is the letters asked though it is an English word too, and a
        # small word ("in") is none
        "PINS is short for what? is it in primary schools?",
    ],
)
def test_letters_written_in_capitals_are_spelt_out(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "pins-programme")
    said = "PINS stands for Partnerships for Inclusion of Neurodiversity in Schools."
    assert reply.text.startswith(said), reply.text


def test_it_among_several_words_in_capitals_is_no_letters() -> None:
    assert asked_letters(analyse("heard of PINS at school, what does it stand for?")) == "pins"
    # which of them "it" is, is not said
    assert asked_letters(analyse("the SENCO mentioned PINS, what does it stand for?")) is None


def test_letters_the_sources_write_as_a_name_are_not_spelt_by_initials(
    single_source_index: FactIndex,
) -> None:
    # The plan's "CP 800": CP is not said to be the Change Programme.
    assert_not_answered(single_source_index, "what is the CP short for in CP 800?", "")


def test_asking_what_it_is_is_not_asking_its_letters(single_source_index: FactIndex) -> None:
    assert not answer(single_source_index, "what is an EHCP and who gets one").answered
