"""A message leaning on an earlier one is answered on its own; declined, it says so."""

from __future__ import annotations

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.follow_up import FOLLOW_UP_NOTE, follows_on, leans_on_earlier
from sendbot.answering.match import Outcome

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    "message",
    [
        "and the AP one?",
        "wasn't it 20?",
        "what about last year?",
        "what about the other one?",
        "Isn\u2019t it 12?",
        # "it" or "that" with nothing before it to say what, or a closing "then".
        "how much was it in 2024/25 then?",
        "when did that start?",
        "who said that?",
        "how many were there?",
        "What\u2019s that one about?",
        "why did it go up?",
        "how much is it now?",
    ],
)
def test_a_declined_follow_on_says_each_message_is_read_alone(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert reply.text.startswith("I don't have that in my sources.")
    assert reply.text.endswith(FOLLOW_UP_NOTE)
    assert FOLLOW_UP_NOTE in reply.notes


@pytest.mark.parametrize(
    "message",
    [
        "what is the weather in london?",
        "asdfghjkl qwerty",
        "how many EHCPs are there?",
        "what is thermal insulation?",
        "when is the theatre open?",
    ],
)
def test_a_declined_question_of_its_own_gets_no_such_note(
    shipped_index: FactIndex, message: str
) -> None:
    reply = answer(shipped_index, message, TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert FOLLOW_UP_NOTE not in reply.text


def test_a_follow_on_the_sources_answer_is_answered_without_the_note(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "and how many special schools opened?", TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    assert FOLLOW_UP_NOTE not in reply.text


def test_only_the_opening_words_make_a_follow_on() -> None:
    assert follows_on("And the AP one?")
    assert not follows_on("how many schools and places opened?")
    assert not follows_on("android app?")  # "and" as a whole word only
    assert not follows_on("is there an EP shortage?")


def test_a_pronoun_with_nothing_before_it_leans_on_an_earlier_message() -> None:
    assert leans_on_earlier("how much was it?")
    assert leans_on_earlier("When was that")
    assert leans_on_earlier("the budget for 2024/25 then?")
    assert not leans_on_earlier("how many EHCPs are there?")  # "there" names no earlier thing
    # "ther" opening a longer word is no "there" or "they"
    assert not leans_on_earlier("what is thermal insulation?")
    assert not leans_on_earlier("what is the high needs budget?")
    assert not leans_on_earlier("what did the authorities say then and now?")


def test_a_pronoun_question_the_sources_answer_is_answered_without_the_note(
    shipped_index: FactIndex,
) -> None:
    """The note is for declined replies only: it never changes what is answered."""
    reply = answer(shipped_index, "how many special schools opened then?", TODAY)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
    assert FOLLOW_UP_NOTE not in reply.text


@pytest.mark.parametrize(
    "message",
    [
        "is it true the high needs budget is 11 billion?",
        "Is it true that the high needs budget is £11bn?",
        "was it right that the change programme cost 100 million?",
    ],
)
def test_an_it_that_stands_for_the_claim_after_it_is_no_follow_on(
    shipped_index: FactIndex, message: str
) -> None:
    # "is it true (that) ...": the "it" is the claim the message goes on to make
    assert not leans_on_earlier(message)
    assert FOLLOW_UP_NOTE not in answer(shipped_index, message, TODAY).text


def test_is_it_true_with_nothing_after_it_still_leans_on_an_earlier_message() -> None:
    assert leans_on_earlier("is it true?")
    assert leans_on_earlier("is it right that?")
    assert leans_on_earlier("wasn't it 20?")


@pytest.mark.parametrize(
    "message",
    [
        "is it ok for the council to skim off some high needs money before schools see it?",
        "is it legal to refuse an EHC needs assessment because of money?",
        "is it normal for schools to wait years for an educational psychologist?",
    ],
)
def test_an_it_that_stands_for_an_act_after_it_is_no_follow_on(
    shipped_index: FactIndex, message: str
) -> None:
    """ "is it ok for X to ...": the "it" is the act the message names, not an earlier topic;
    the reply does not ask for a question it already has in full."""
    assert not leans_on_earlier(message)
    assert FOLLOW_UP_NOTE not in answer(shipped_index, message, TODAY).text


def test_a_thing_judged_with_it_still_leans_on_an_earlier_message() -> None:
    assert leans_on_earlier("is it ok?")
    assert leans_on_earlier("is it likely to go up?")
    assert leans_on_earlier("is it enough to cover the costs?")
    assert leans_on_earlier("is it fair?")
