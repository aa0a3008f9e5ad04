"""A second question or a story after the first is not a detail the answer lacks: "how many
special ones" counts the schools named before it, "or is it only primaries?" is settled by a
quote naming primary schools, two sides set after a "what" ("..., mainstream vs special") by a
quote naming each, and a pilot named with "the" is described by its quote, whatever the asker
tells after asking."""

from __future__ import annotations

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.either_side import both_sides_spoken_of, side_named
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "ones" stands for the schools named in the first question
        ("did any new AP free schools open, and how many special ones?", "special-schools-opened"),
        # the quote gives "up to 1680 primary schools": only primaries, and how many
        (
            "could my daughter's secondary take part in PINS, or is it only for primaries? how "
            "many schools will it reach in total?",
            "pins-primary-schools",
        ),
        # the pilot named, then the asker's own story
        (
            "what's the supported internships pilot? my niece turns 18 soon and her careers "
            "adviser brought it up",
            "supported-internships-pilot",
        ),
    ],
)
def test_answered_with_the_fact_that_gives_it(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.missing
    assert reply.fact is not None and reply.fact.id == fact_id


def test_ones_with_nothing_named_before_stays_partial(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "how many special ones opened")
    assert reply.outcome is Outcome.PARTIAL


def test_a_term_asked_with_a_stays_partial(single_source_index: FactIndex) -> None:
    # "a pilot" asks what the word means, which no quote here says
    reply = answer(single_source_index, "what is a pilot")
    assert reply.outcome is Outcome.PARTIAL
    assert "a pilot" in reply.missing


def test_a_side_named_in_what_is_asked_about_settles_nothing() -> None:
    # "sencos" is the qualification's own name, not whom the quote limits it to
    own = frozenset({"national", "qualification", "senco", "special", "need"})
    asked = "could a teaching assistant sign up to the senco npq, or is it only for sencos?"
    assert not side_named(asked, own)
    assert side_named("is it open to secondaries or just primaries?", frozenset({"primary"}))


def test_two_sides_set_after_a_what_are_what_to_speak_of(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "what is the department's approach to inclusion: mainstream vs special"
    )
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "community-wide-approach-inclusion"


@pytest.mark.parametrize(
    "question",
    [
        # how they differ, or which gets more: a comparison the quote must make
        "what is the difference in approach, mainstream vs special",
        "how much more goes to one, mainstream vs special",
        "what share of high needs money goes to special schools vs mainstream",
    ],
)
def test_a_difference_asked_between_two_sides_is_not_settled_by_naming_them(
    question: str,
) -> None:
    assert not both_sides_spoken_of(question, frozenset({"mainstream", "special_school"}))
