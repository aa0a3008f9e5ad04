"""A real English word is never read as a misspelling of a knowledge-base word, though it is
one letter or two from one: "letter" is not "better", "exclusion" not "inclusion". Only a word
no English list knows is corrected ("increse" is "increase")."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.scoring import corrected_terms


def test_real_words_keep_their_own_meaning(shipped_index: FactIndex) -> None:
    terms = corrected_terms(shipped_index, "a letter home about exclusions")
    assert "better" not in terms and "inclusion" not in terms
    assert "letter" in terms and "exclusion" in terms


def test_the_speller_leaves_real_words_alone(shipped_index: FactIndex) -> None:
    text = "the letter said the exclusion was fair"
    assert shipped_index.speller.corrected(text) == text


def test_a_misspelling_is_still_corrected(shipped_index: FactIndex) -> None:
    assert "increase" in corrected_terms(shipped_index, "has the budget had an increse")


def test_exclusion_is_not_answered_with_inclusion(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "improving exclusion in mainstream schools")
    answered = reply.fact if reply.outcome is Outcome.ANSWERED else None
    assert answered is None or "inclusi" not in answered.statement.lower()


def test_yr_is_read_as_year(single_source_index: FactIndex) -> None:
    # Chat shorthand: "this yr" is this year, "last yr" last year; not after a number.
    speller = single_source_index.speller
    assert speller.corrected("what was spent last yr") == "what was spent last year"
    assert speller.corrected("Yrs of waiting") == "Years of waiting"
    assert speller.corrected("my 9 yr old") == "my 9 yr old"
