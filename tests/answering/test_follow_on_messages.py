"""A message leaning on an earlier one is answered on its own; declined, it says so."""

from __future__ import annotations

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.follow_up import FOLLOW_UP_NOTE, follows_on
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
    "message", ["what is the weather in london?", "asdfghjkl qwerty", "how many EHCPs are there?"]
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
