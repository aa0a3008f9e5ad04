"""On the shipped base: a clause asking again what the rest of the message asks ("latest on
PINS? where is it at now", "the change programme - how far has it got?", "any findings yet or
still waiting?") is read away, so the topic the message names is answered with its newest
word rather than declined; "where is it at" alone, or a place asked, is read as it is."""

import pytest

from sendbot.answering.asked_again import without_asked_again
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the newest written answer on PINS (August 2025): the evaluation under way
        ("newest on pins? where's it at now", "pins-independent-evaluation"),
        ("most recent news on PINS - where has it got to", "pins-independent-evaluation"),
        (
            "neurodiversity in schools partnerships, where are they at with it",
            "pins-independent-evaluation",
        ),
        # asked when findings come, with waiting the other reply
        (
            "are there pins findings yet, or are we still waiting?",
            "pins-interim-findings-autumn-2025",
        ),
        ("the change programme - how far has it got?", "change-programme"),
    ],
)
def test_asked_again_answers_the_topic_named(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("latest on PINS? where's it at now", "latest on PINS?"),
        ("pins - where are they up to with it", "the latest on pins"),
        # a story after the clause stays apart from the question
        (
            "pins - where is it at now? we joined in the first wave",
            "the latest on pins? we joined in the first wave",
        ),
        (
            "newest on the change programme, what stage is it at? asking for a governor",
            "newest on the change programme? asking for a governor",
        ),
        ("any results yet or still waiting?", "any results yet?"),
        # nothing asked twice: as they are
        ("where is it at now?", "where is it at now?"),
        (
            "15 new special schools - where are they going?",
            "15 new special schools - where are they going?",
        ),
        ("are we still waiting for the white paper?", "are we still waiting for the white paper?"),
    ],
)
def test_only_a_clause_asking_again_is_read_away(said: str, read: str) -> None:
    assert without_asked_again(said) == read


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # which figure to use, after naming the figure needed: the newest high needs total
        (
            "writing to our councillor and I need the newest national high needs total, "
            "which figure should I quote?",
            "high-needs-total-2025-26",
        ),
        (
            "for our newsletter I need the latest high needs budget figure - what do we use?",
            "high-needs-total-2025-26",
        ),
    ],
)
def test_which_figure_to_use_asks_the_figure_named(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "I need the latest high needs total, what should I use?",
            "I need the latest high needs total?",
        ),
        ("need the current EP numbers - which one do I cite", "need the current EP numbers?"),
        # nothing named to be given, or no break before it: as they are
        (
            "year 13 and looking at internships, which provider should we go with?",
            "year 13 and looking at internships, which provider should we go with?",
        ),
        (
            "my head asked me about SEND funding, what should I use?",
            "my head asked me about SEND funding, what should I use?",
        ),
    ],
)
def test_only_which_to_use_after_a_named_figure_is_read_away(said: str, read: str) -> None:
    assert without_asked_again(said) == read
