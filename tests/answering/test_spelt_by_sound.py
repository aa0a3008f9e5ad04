"""Misspelt questions are read in the knowledge base's own words before anything else reads
them: spelt by sound ("speshul skools"), with a letter dropped, doubled or swapped. A word
the base or everyday English knows is left as it is."""

import re

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome, match
from tests.answering.expected_replies import assert_answered_with


def test_words_spelt_by_sound_are_the_bases_words(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "how many speshul skools have opend so far", "special-schools-opened"
    )
    assert_answered_with(
        single_source_index,
        "how many edukashunal sikologists will be trained",
        "educational-psychologists-trainees",
    )


def test_a_doubled_letter_written_once(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "have high neds budgets gone up", "high-needs-budget-increase"
    )


def test_the_reply_keeps_the_question_as_asked(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "how many speshul skools have opend so far")
    assert reply.question == "how many speshul skools have opend so far"


def test_the_missing_sentence_uses_the_bases_word(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "national skools funding total 2025-26")
    assert reply.outcome is Outcome.PARTIAL
    # The year is the period asked: the sentence names the schools budget the base gives
    # for other years, in the base's word.
    assert reply.missing is not None and re.search(r"\bschools (?:funding|budget)\b", reply.missing)
    assert "skools" not in reply.missing


def test_a_place_named_with_a_misspelling_is_still_a_place(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "how many speshul skools opend in cornwall")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "Cornwall" in reply.missing


def test_words_people_use_are_not_corrected(single_source_index: FactIndex) -> None:
    speller = single_source_index.speller
    for text in (
        "sitting in my county council area",  # not "citing", "country"
        "a form for the lunch queue",  # not "from", "launch"
        "my gran reads three stats",  # not "grant", "there", "starts"
        "it teaches them",  # a form of "teach", not "teachers"
    ):
        assert speller.corrected(text) == text


def test_slips_of_the_finger(single_source_index: FactIndex) -> None:
    speller = single_source_index.speller
    assert speller.corrected("trianing") == "training"  # two letters swapped
    assert speller.corrected("trainning") == "training"  # one typed twice
    assert speller.corrected("Answerd") == "Answered"  # one dropped, the capital kept
    assert speller.corrected("hight needs") == "high needs"  # one typed too many
    assert speller.corrected("she doesn't") == "she doesn't"  # not "does" with a letter too many


def test_a_letter_typed_too_many_still_finds_the_fact(shipped_index: FactIndex) -> None:
    # Over every written answer "hight needs" was declined: no slip of "hight" (a letter
    # too many) was tried.
    assert_answered_with(
        shipped_index, "hight needs funding 2024-25?", "high-needs-funding-2024-25"
    )


def test_a_swap_in_a_short_word_still_finds_the_fact(shipped_index: FactIndex) -> None:
    # "hihg" (a four-letter word, its last two letters swapped) was left as typed: declined.
    assert_answered_with(shipped_index, "hihg needs funding 2024-25?", "high-needs-funding-2024-25")


def test_a_short_words_first_two_letters_are_not_read_as_swapped(
    single_source_index: FactIndex,
) -> None:
    speller = single_source_index.speller
    assert speller.corrected("hwo") == "hwo"  # three letters: too short to read
    assert speller.corrected("form") == "form"  # a word as typed is never a slip


def test_smth_is_something_not_a_name(shipped_index: FactIndex) -> None:
    # "Smith" is a word of the shipped base (Baroness Smith of Malvern).
    assert shipped_index.speller.corrected("tell me smth about pins") == (
        "tell me something about pins"
    )


def test_what_was_asked_of_the_department_is_the_question(
    single_source_index: FactIndex,
) -> None:
    # "ask dfe": the department is whom they asked, not what is asked about.
    assert_answered_with(
        single_source_index, "what was the mp asking the dfe about", "document-question"
    )


def test_a_place_is_not_read_as_a_misspelt_word(shipped_index: FactIndex) -> None:
    # "surrey" is a place the asker names, not "survey" mistyped: the answer is for England.
    reply = answer(shipped_index, "how many pupils in surrey go to special schools")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "Surrey" in reply.missing


def test_a_message_overheard_is_read_the_same_way(single_source_index: FactIndex) -> None:
    # The channel listener decides with `match` alone whether a message is worth answering.
    result = match(single_source_index, "how many speshul skools have opend so far")
    assert result.answered and result.best is not None
    assert result.best.fact.id == "special-schools-opened"


def test_vowels_left_out_are_put_back(single_source_index: FactIndex) -> None:
    speller = single_source_index.speller
    # "specal" is "special", not "spec" with "-al"; "plces" is "places", which needs fewer
    # vowels put back than "policies"
    assert speller.corrected("specal plces") == "special places"
    assert_answered_with(
        single_source_index,
        "how many specal school plces were made",
        "special-school-places-created",
    )
