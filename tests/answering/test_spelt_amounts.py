"""Amounts said in words ("ten and a half billion", "ten point one billion", "four hundred")
are read as figures: a figure claimed in words is checked against the newest as one in
figures is."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.spelt_amounts import with_amounts_in_figures


@pytest.mark.parametrize(
    "question",
    [
        "is high needs still about ten and a half billion or has it gone up",
        "wasnt high needs ten point one billion, has that changed",
        "is high needs still about ten billion",
        # A whole in figures with its half in words.
        "is the high needs pot still about 10 and a half billion or has it gone up since",
    ],
)
def test_an_earlier_figure_said_in_words_gets_the_newest(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "high-needs-total-2025-26"
    assert "over £12 billion" in reply.text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("still about ten and a half billion?", "still about 10.5 billion?"),
        ("ten point one billion", "10.1 billion"),
        ("twelve bn", "12 bn"),
        ("forty-five million", "45 million"),
        ("four hundred more EPs", "400 more EPs"),
        ("three hundred and fifty places", "350 places"),
        ("hundreds of thousands", "hundreds of thousands"),  # no number
        ("two thousand and twenty", "two thousand and twenty"),  # a year, not an amount
        ("£10 and a half bn", "£10.5 bn"),
        ("10 billion", "10 billion"),  # already in figures
        ("3 and a half years", "3 and a half years"),  # no amount
        # One of the scale said with "a" after a bound; a bare one is a round word, left
        ("rose by nearly a billion", "rose by nearly 1 billion"),
        ("almost a million pupils", "almost 1 million pupils"),
        ("more than a million pupils", "more than a million pupils"),  # a floor: left
        ("about half a billion?", "about 0.5 billion?"),
        ("went up by a billion", "went up by a billion"),
        ("a million times", "a million times"),  # no amount
        ("a billion-pound scheme", "a billion-pound scheme"),
    ],
)
def test_only_amounts_said_in_words_are_written_in_figures(said: str, read: str) -> None:
    assert with_amounts_in_figures(said) == read


@pytest.mark.parametrize(
    "question",
    [
        "did high needs go up by nearly a billion in 2023/24?",
        "did high needs go up by a billion in 2023/24?",
    ],
)
def test_a_round_figure_near_the_answer_is_no_yes_or_no(
    shipped_index: FactIndex, question: str
) -> None:
    # £970 million: the figure is given, never "Yes" nor "not 1 billion" of a rough figure.
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and "£970 million" in reply.fact.quote
    assert reply.corrected is None, reply.corrected


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # When asked of a rise: the floor names the rise whose year is asked.
        ("what year did SEN funding rise by more than a billion", "1 billion"),
        ("when did the budget go up by over a billion?", "1 billion"),
        # Not asking when: a round word, as before.
        ("did the budget go up by over a billion?", "a billion"),
        ("in which year was a billion-pound deal signed", "a billion-pound"),
    ],
)
def test_a_floor_of_one_is_read_as_a_figure_only_when_asking_when(said: str, read: str) -> None:
    assert read in with_amounts_in_figures(said)


def test_the_year_of_a_rise_over_a_billion_is_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "in what year did high needs funding rise by more than a billion")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and "2025/26" in reply.fact.quote
