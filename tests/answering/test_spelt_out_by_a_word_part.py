"""SENCO is "special educational needs coordinator": "coordinator" gives two of its letters.
The source writes only "Special Educational Needs Coordinator"; the fact's statement adds
"(SENCO)". "What does SENCO stand for?" was told that a written answer "mentions SENCO but
doesn't explain what it means", though the quote holds every word of it."""

from dataclasses import replace

from sendbot.answering.expansions import acronyms, expansion, spelt_out
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_a_word_may_give_the_first_two_letters_when_others_give_the_rest() -> None:
    words = "early years special educational needs coordinator".split()
    assert expansion(words, "SENCO") == "special educational needs coordinator"
    # one word alone is no spelling out, and joining words stay joining words
    assert expansion("the Apprenticeships".split(), "AP") is None
    assert acronyms("Partnerships for Inclusion of Neurodiversity in Schools (PINS)") == {"pins"}


def test_what_senco_stands_for_is_answered_with_the_quote_that_spells_it_out(
    shipped_index: FactIndex,
) -> None:
    for question in ("what does SENCO stand for", "what is a SENCO", "what does senco mean"):
        reply = assert_answered_with(shipped_index, question, "early-years-senco-training")
        assert "Special Educational Needs Coordinator" in reply.text
        assert "doesn't explain" not in reply.text


def test_whats_a_senco_gets_the_words_it_stands_for_over_one_source_too(
    single_source_index: FactIndex,
) -> None:
    # it was "One written answer mentions senco but doesn't explain what it means"
    reply = assert_answered_with(single_source_index, "whats a senco", "early-years-senco-training")
    assert "Special Educational Needs Coordinator" in reply.text


def test_letters_only_the_statement_spells_out_need_the_quote_to_hold_the_words(
    shipped_index: FactIndex,
) -> None:
    fact = next(f for f in shipped_index.facts if f.id == "early-years-senco-training")
    assert spelt_out([fact]) == {"senco": (0,)}
    # the statement's "(SENCO)" counts only where the quote says its words
    reworded = replace(fact, quote="The department has registered over 5000 practitioners")
    assert spelt_out([reworded]) == {}
