""" "How much ... in percent": an amount asked for in a unit that makes it a percentage asks what
percentage, not the sum: answered by a fact giving the percentage, or partly, saying none is
given, never by a sum alone as if it answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse


@pytest.mark.parametrize(
    "question",
    [
        "how much has high needs gone up in 2025/26 in percent",
        "how much did send funding grow as a percentage",
        "how much has the high needs budget risen in percentage terms",
        "how much more is high needs getting this year in percent for 2025/26",
    ],
)
def test_an_amount_asked_in_percent_asks_a_percentage(question: str) -> None:
    assert analyse(question).intent is Intent.PERCENT


def test_a_year_with_no_percentage_is_partial(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how much has high needs gone up in 2025/26 in percent")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "percentage" in reply.missing


def test_a_year_with_a_percentage_gives_it(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how much did high needs go up in percent in 2023/24")
    assert reply.outcome is Outcome.ANSWERED
    assert "10.6%" in reply.text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "how does the 2024/25 high needs money stack up against 2019/20 in percentage terms",
        "what has high needs funding grown by since 2019/20 as a percentage",
    ],
)
def test_a_comparison_asked_in_percent_is_no_share(shipped_index: FactIndex, question: str) -> None:
    """A percentage asked as the figure's unit is a rise or comparison, not a share of a
    whole: answered by the rise since 2019/20, not "gives the increase ..., not a share"."""
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert "60%" in reply.text.splitlines()[0]
