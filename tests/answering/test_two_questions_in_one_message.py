"""A message asking two things the whole does not answer: one of its questions, read alone.

Read together, one question's words pull the other off its fact, or lend it a year it never
asked of, and the reply then says the source lacks what it gives ("doesn't give a number of
special schools"). A later question that only narrows or checks the first ("what about next
year?", "wasn't it 20?") is not a second question: the message is read whole."""

from __future__ import annotations

import datetime as dt

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse

TODAY = dt.date(2026, 12, 3)
MORE_THAN_ONE = "your message asks more than one thing; please ask the others on their own"


def test_the_first_question_is_answered_not_called_missing(shipped_index: FactIndex) -> None:
    message = "how many special schools opened? and what is the high needs budget for 2025/26?"
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    assert "doesn't give a number of special schools" not in reply.text
    assert f"“how many special schools opened?” is read as your question: {MORE_THAN_ONE}" in (
        reply.text
    )


def test_the_second_questions_year_is_not_lent_to_the_first(shipped_index: FactIndex) -> None:
    message = (
        "hi, my daughter has an EHCP and we are waiting for a specialist place. how many new "
        "special school places have been created? and is the high needs budget going up next year?"
    )
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-school-places-created"
    assert "2027/28" not in reply.text and MORE_THAN_ONE in reply.text


def test_a_later_question_that_narrows_the_first_keeps_the_message_whole(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many special schools opened? what about next year?", TODAY)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "2027/28" in reply.missing
    assert MORE_THAN_ONE not in reply.text


def test_a_place_told_before_the_first_question_still_counts(shipped_index: FactIndex) -> None:
    message = "I live in Devon. how many special schools opened? and how many places?"
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "Devon" in reply.missing


def test_what_a_count_is_of_comes_after_how_many_not_an_earlier_what_does() -> None:
    # It was "government say", and a partial reply said the source gives "not a number of
    # government say".
    message = (
        "what does the government say about council deficits? how many special schools opened?"
    )
    assert analyse(message).subject == "special schools"


def test_the_partial_never_names_the_first_questions_words_as_counted(
    shipped_index: FactIndex,
) -> None:
    message = (
        "what does the government say about council deficits? how many special schools opened?"
    )
    reply = answer(shipped_index, message, TODAY)
    assert "government say" not in reply.text and MORE_THAN_ONE not in reply.text


def test_two_questions_joined_by_and_in_one_sentence_answer_the_first(
    shipped_index: FactIndex,
) -> None:
    # Read whole, each half pulls the other off its fact and the message was declined.
    message = "how many special schools have opened, and how many more are in the pipeline?"
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    assert f"“how many special schools have opened” is read as your question: {MORE_THAN_ONE}" in (
        reply.text
    )


def test_a_joined_question_the_source_cannot_answer_keeps_the_partial_whole(
    shipped_index: FactIndex,
) -> None:
    # Partial whole: it says what the source lacks of the second half, which the first
    # half's answer alone would pass over.
    message = "when did the change programme begin and when will it wrap up?"
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "not when it ends" in reply.missing
    assert MORE_THAN_ONE not in reply.text
