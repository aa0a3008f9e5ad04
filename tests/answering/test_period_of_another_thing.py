"""On the shipped base: a figure asked of one thing for a period is not answered with another
thing's figure for that period. The special schools' budget rise is given for 2023/24 only
(3.4%); asked for 2024/25, the high needs rise that year (4.3%), which says nothing of special
schools, is no answer: the reply is partial, naming the year the written answers give."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.reply import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what percentage increase did special schools get on their budgets in 2024/25?",
        "in 2024/25 what % budget increase did special schools get?",
    ],
)
def test_another_things_figure_for_the_year_is_not_the_answer(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-schools-budget-increase-2023-24"
    assert reply.missing is not None
    assert "for 2023/24" in reply.missing and "2024/25" in reply.missing


def test_the_year_it_is_given_for_is_answered(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "by what percentage did special schools' budgets go up in 2023/24?",
        "special-schools-budget-increase-2023-24",
    )
    assert "3.4%" in reply.text


def test_the_thing_the_figure_is_of_is_still_answered(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "by what percentage did high needs funding go up in 2024/25?",
        "high-needs-increase-2024-25",
    )
    assert "4.3%" in reply.text
