"""A sum a yes/no question checks of a measure it names ("is the high needs budget £11bn?"),
matching none of that measure's figures, is set right by the measure's newest figure, with its
period: never by another measure whose quote only mentions the named one, nor by a quote saying
the sum's number as a day ("in the Spending Review on 11 June"); asked as it stands now ("these
days", "at the moment"), the same: a day is no newer word on the sum either."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with

NEWEST_HIGH_NEEDS_TOTAL = "high-needs-total-2025-26"


@pytest.mark.parametrize(
    ("question", "set_right"),
    [
        # 11: the day of the Spending Review in the Core Schools Budget's quote
        ("is the high needs budget £11bn?", "not £11bn"),
        ("are high needs budgets 11 billion now?", "not 11 billion"),
        ("is the high needs budget 11 billion pounds?", "not 11 billion"),
        # no figure of the measure near it: the newest still sets it right
        ("has the high needs budget gone to £9 billion?", "not £9 billion"),
        ("is high needs funding £16bn?", "not £16bn"),
    ],
)
def test_a_sum_checked_of_the_measure_is_set_right_by_its_newest(
    shipped_index: FactIndex, question: str, set_right: str
) -> None:
    reply = assert_answered_with(shipped_index, question, NEWEST_HIGH_NEEDS_TOTAL)
    assert set_right in reply.text
    assert "2025/26" in reply.text
    assert "69.5" not in reply.text


@pytest.mark.parametrize(
    ("question", "set_right"),
    [
        ("is high needs money £11 billion these days?", "not £11 billion"),
        ("is the high needs budget £11bn at the moment?", "not £11bn"),
        ("is high needs funding £11bn as things stand?", "not £11bn"),
        # 16: the day the written answer was given ("answered on 16th June 2025")
        ("is the high needs budget £16bn at present?", "not £16bn"),
    ],
)
def test_a_sum_checked_as_it_stands_now_is_set_right_the_same(
    shipped_index: FactIndex, question: str, set_right: str
) -> None:
    reply = assert_answered_with(shipped_index, question, NEWEST_HIGH_NEEDS_TOTAL)
    assert set_right in reply.text
    assert "2025/26" in reply.text
    assert "69.5" not in reply.text


def test_the_measure_s_own_figure_is_still_confirmed(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "is the high needs budget £12bn?", NEWEST_HIGH_NEEDS_TOTAL
    )
    assert reply.text.startswith("Yes")


def test_the_schools_budget_checked_is_still_its_own(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "is the core schools budget £11bn?", "core-schools-budget-2028-29"
    )
    assert "not £11bn" in reply.text
