"""A question the bot answers keeps its answer when typed the ways people type in chat: signed
off with thanks, with spaces typed twice, "what number of" for "how many", a letter dropped
from a short word (benchmarks/rewording.py measures these over the development sets)."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.sign_off import without_sign_off
from tests.answering.expected_replies import assert_answered_with

CHANGE_PROGRAMME_COUNCILS = "change-programme-local-authorities"


@pytest.mark.parametrize(
    "question",
    ["whats the schools budget now? thanks in advance", "whats the schools budget now ta"],
)
def test_thanks_after_a_question_leave_the_answer(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "core-schools-budget-2028-29")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("which department was this put to ta", "document-department"),
        ("who answered this one ta", "document-answered-by"),
        ("was  it  gillian  keegan  who  answered?", "document-answered-by"),
    ],
)
def test_thanks_and_doubled_spaces_leave_the_answer(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_thanks_alone_or_for_a_reply_are_still_thanks(shipped_index: FactIndex) -> None:
    for message in ("many thanks", "ok thanks", "that's great, thanks"):
        assert answer(shipped_index, message).outcome is Outcome.GREETING, message


def test_ta_after_a_word_naming_one_is_a_teaching_assistant() -> None:
    assert without_sign_off("is there any training for a ta") == "is there any training for a ta"
    assert without_sign_off("which department was this put to ta") == (
        "which department was this put to"
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what number of LAs are part of the change programme?",
            "change-programme-local-authorities",
        ),
        (
            "What number of councils are in the change programme",
            "change-programme-local-authorities",
        ),
        ("what amount of funding is behind the plan", "high-needs-funding-2024-25"),
    ],
)
def test_what_number_of_is_how_many(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_what_amount_is_how_much(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "what amount is going into EPs", "educational-psychologists-funding"
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much moey is behind the plan", "high-needs-funding-2024-25"),
        ("what does PINS satnd for", "pins-programme"),
        ("why are they doing early yars senco training", "early-years-senco-training-purpose"),
        ("what day was this aked in parliament", "document-asked-date"),
    ],
)
def test_a_letter_dropped_from_a_short_word(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.question == question  # replied to as it was asked


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "parent in essex we waited 14 months for an ep how much extra money has the dfe put "
            "into training educational psychologists",
            "educational-psychologists-funding",
        ),
        (
            "im a parent in kent and our nearest special school is full how many further special "
            "free schools has the government approved",
            "special-free-schools-approved",
        ),
    ],
)
def test_a_story_typed_without_punctuation_is_told_apart_from_the_question(
    single_source_index: FactIndex, message: str, fact_id: str
) -> None:
    # The "14 months" and "kent" of the story are not what is asked: answered, not partial.
    assert_answered_with(single_source_index, message, fact_id)


def test_a_letter_put_back_only_where_one_word_fits(single_source_index: FactIndex) -> None:
    speller = single_source_index.speller
    assert speller.corrected("how much moey") == "how much money"
    # "being" or "begin": no guess
    assert speller.corrected("is the plan bein changed") == "is the plan bein changed"
