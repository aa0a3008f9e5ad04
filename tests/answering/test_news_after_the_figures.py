"""On the shipped base: "the latest on X", where X names a measure, is the newest written
answer's word on X when that answer came after every figure of the measure. The newest high
needs total is from June 2025; the February 2026 answer says the increased level of funding
continues into next year, and how the money reaches schools."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "latest position on high needs funding for next year",
        "what's the latest word on high needs funding for next year",
    ],
)
def test_the_latest_on_next_year_is_the_later_answers_word_not_a_refusal(
    shipped_index: FactIndex, question: str
) -> None:
    # Read as the 2025/26 total, it was refused as giving no figure for 2026/27.
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "into next year" in reply.text


def test_the_latest_on_how_the_money_reaches_schools_is_not_the_older_total(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "latest on how high needs money gets to schools",
        "high-needs-funding-reaches-settings",
    )


def test_asked_for_the_newest_figure_the_measures_newest_figure_answers(
    shipped_index: FactIndex,
) -> None:
    # A later answer on schools (Warwickshire's high needs) is no newer schools budget.
    assert_answered_with(
        shipped_index, "current total schools budget, newest number?", "core-schools-budget-2028-29"
    )
