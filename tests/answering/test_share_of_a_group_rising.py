"""On the shipped base: whether the share of a group of people is rising ("is the percentage
of pupils in special schools going up") is not answered by a percentage rise in a budget (the
3.4% for special schools' budgets): that rise is of money, not of the share asked. A question
on the budget's own percentage rise is still answered with it."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with

BUDGET_RISE = "special-schools-budget-increase-2023-24"


@pytest.mark.parametrize(
    "question",
    [
        "is the percentage of kids in special schools going up?",
        "has the proportion of children in special schools gone up",
        "is the percentage of pupils with send rising",
    ],
)
def test_a_budget_rise_is_not_the_share_of_a_group(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert not (reply.answered and reply.fact is not None and reply.fact.id == BUDGET_RISE), (
        reply.text
    )
    if reply.missing is not None and reply.fact is not None and reply.fact.id == BUDGET_RISE:
        assert "not the share of" in reply.missing


@pytest.mark.parametrize(
    "question",
    [
        "by what percentage are special school budgets going up in 2023/24",
        "is the percentage increase for special schools' budgets going up",
    ],
)
def test_the_budgets_own_rise_is_still_answered(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, BUDGET_RISE)
