"""A figure the asker claims that the reply's fact does not give but another fact does is not
called wrong: one of an earlier period of the reply's measure is confirmed with its period, one
of something else is said to be that, in its quote's words; a figure no fact gives, or one
asked of now ("still", "again"), is set right by the newest figure as before."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def _first_line(index: FactIndex, question: str) -> str:
    reply = answer(index, question)
    assert reply.outcome is Outcome.ANSWERED
    return reply.text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "opening", "claimed"),
    [
        # a rise of an earlier year, answered with the newest rise
        (
            "did i read right that high needs rose by 970 million?",
            'Yes, for 2023/24: "£970 million in the 2023/24',
            "970",
        ),
        ("is high needs money rising by 440m?", "Yes, for 2024/25:", "440"),
        # a percentage of an earlier year, answered with a later year's percentage
        (
            "high needs up by 10.6 per cent, correct?",
            'Yes: "an increase of 10.6%", for 2023/24',
            "10.6",
        ),
        # a total of an earlier year, answered with the newest total
        ("high needs funding is £10.1bn isnt it", 'Yes: "£10.1 billion next year"', "10.1"),
        ("is the high needs figure £10.5bn?", 'Yes, for 2024/25: "over £10.5 billion', "10.5"),
    ],
)
def test_a_figure_of_an_earlier_period_is_confirmed_with_its_period(
    shipped_index: FactIndex, question: str, opening: str, claimed: str
) -> None:
    reply = answer(shipped_index, question)
    first = reply.text.splitlines()[0]
    assert first.startswith(opening)
    assert first.endswith(("the newest figure is below.", "a later one is below."))
    assert f"not £{claimed}" not in reply.text and f"not {claimed}" not in reply.text


def test_the_earlier_figure_confirmed_is_not_listed_again(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is high needs money rising by 440m?")
    assert reply.text.count("£440 million") == 1


@pytest.mark.parametrize(
    ("question", "denial"),
    [
        # £13m is PINS', another programme's: "programme" does not tell the two apart
        ("is the change programme worth £13 million?", "£70 million, not £13 million"),
        # £6.9m is one council's rise: "high needs" is the shown fact's too
        ("has high needs across England gone up £6.9m?", "not £6.9m"),
        # a year named that is not the earlier figure's: no "yes" for it
        ("was the high needs total £10.5bn in 2025/26?", "over £12 billion, not £10.5bn"),
        ("high needs went up by £440m in 2025/26 is that right", "£1 billion, not £440m"),
    ],
)
def test_a_figure_the_shown_fact_tells_apart_from_the_question_is_still_set_right(
    shipped_index: FactIndex, question: str, denial: str
) -> None:
    """Another fact gives the claimed figure, but of a thing or a year the question does not
    ask: the claim is false as asked, and the reply says so."""
    assert denial in _first_line(shipped_index, question)


def test_a_percentage_of_another_budget_says_whose_and_when(shipped_index: FactIndex) -> None:
    """3.4% is special schools' own budgets' rise for 2023/24, not the rise of all high needs
    funding (4.3%, 2024/25) the reply gives."""
    reply = answer(shipped_index, "have special school budgets gone up by 3.4 percent?")
    assert "not 3.4" not in reply.text
    assert "3.4% increase to their budgets for 2023/24" in reply.text


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # no fact gives it: set right
        (
            "is high needs going up by £600m?",
            "The written answer gives over £1 billion, not £600m.",
        ),
        # asked of now: the newest figure says it no longer holds
        (
            "did high needs go up by £440m again?",
            "The written answer gives over £1 billion, not £440m.",
        ),
        (
            "is high needs still £10.1bn?",
            "The written answer gives over £12 billion, not £10.1bn.",
        ),
        # a figure of the same kind given of something the question does not name
        ("are 50 councils in the change programme?", "The written answer gives 32, not 50."),
    ],
)
def test_a_figure_no_near_fact_gives_or_asked_of_now_is_set_right(
    shipped_index: FactIndex, question: str, line: str
) -> None:
    assert _first_line(shipped_index, question) == line
