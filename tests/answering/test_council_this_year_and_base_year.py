""" "This year" asked of one council's figure is read as the national measure's "this year" is:
an older year's allocation is related information, its year and the year missing said first.
A change asked against a base year ("than in 2019/20"), matched to the yearly increase, is
answered by the fact that states that year as its base, as "since 2019/20" is."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

TODAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    "question",
    [
        "what's warwickshire's high needs allocation this year",
        "how much high needs cash is warwickshire county council getting this financial year?",
    ],
)
def test_a_councils_older_figure_asked_this_year_is_partial(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.outcome is Outcome.PARTIAL and not reply.answered
    assert reply.fact is not None and "warwickshire" in reply.fact.id
    assert reply.missing is not None
    assert reply.missing.startswith("The written answers give this figure for 2025/26, not for")
    assert "2026/27 (“this" in reply.missing
    assert reply.text.startswith(reply.missing)
    assert "is read as 2026/27" in reply.text


def test_a_councils_figure_for_its_own_year_stays_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "warwickshire's high needs allocation for 2025-26?", today=TODAY)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "warwickshire-high-needs-2025-26"


@pytest.mark.parametrize(
    "question",
    [
        "how much bigger is high needs funding than in 2019/20?",
        "how much more high needs money is there than in 2019-20",
    ],
)
def test_a_rise_against_the_base_year_a_fact_states_is_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "high-needs-rise-since-2019-20"
    assert "2019/20 allocations" in reply.text


def test_a_rise_against_a_year_the_increase_compares_with_keeps_its_fact(
    shipped_index: FactIndex,
) -> None:
    # 2022/23 is the yearly increase's own base: no measure counts from it.
    reply = answer(shipped_index, "how much more is high needs than in 2022/23", today=TODAY)
    assert reply.answered and reply.fact is not None
    assert "2022/23" in reply.fact.statement
