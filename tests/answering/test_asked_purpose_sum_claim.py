"""Wordings read for what they ask, each by a reason beyond one example:
- "who are the N things meant to be for" asks whom they serve, not a person's name, and
  "what are the N things meant to be for" asks their purpose, not their names;
- "how many million is that" counts a sum in its unit: an amount, not a count of millions
  ("how many million children" still counts children);
- "X = <figure>?" states a figure to check, not letters to spell out ("AP = ?" still asks
  what AP stands for);
- "how many new X are there" says no more than "how many X" which of the source's counts
  of X (opened, approved) is meant."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.bare_count import bare_thing
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("who are the 40 new hubs supposed to be for", Intent.REASON),
        ("who is the new qualification intended to be for", Intent.REASON),
        ("how many million is the grant", Intent.AMOUNT),
        ("how many billion pounds went to councils", Intent.AMOUNT),
        ("how many pounds does each school get", Intent.AMOUNT),
        ("how many million children have send", Intent.COUNT),
    ],
)
def test_what_is_asked(message: str, intent: Intent) -> None:
    assert analyse(message).intent is intent


def test_a_figure_after_the_sign_is_no_letters_asked() -> None:
    assert analyse("EPs = 200 more?").intent is not Intent.DEFINITION
    assert analyse("AP = ?").intent is Intent.DEFINITION


def test_new_ones_there_are_is_a_bare_count() -> None:
    assert bare_thing(analyse("how many new hubs are there")) == "hubs"
    assert bare_thing(analyse("how many new hubs opened")) is None


def test_replies(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "so who are the 76 approved free schools supposed to be for",
        "special-free-schools-approved",
    )
    assert_answered_with(
        single_source_index,
        "what are the 76 new special free schools actually meant to be for",
        "special-free-schools-approved",
    )
    assert_answered_with(
        single_source_index, "the change programme, how many million was that", "change-programme"
    )
    assert_answered_with(
        single_source_index, "change programme = 32 councils?", "change-programme-local-authorities"
    )
    reply = answer(single_source_index, "how many new special schools are there?")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"
