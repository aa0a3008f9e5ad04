""" "Since when?" asked of a rise is answered by the year the fact's own words count it from
("an increase of over 60% from the 2019/20 allocations"): the partial sentence "doesn't say
when that started" denied what its quote said. A rise whose words name no year it is counted
from still does not say."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "the 60% rise in high needs money, counted since when?",
        "that 60 percent jump in high needs, since when?",
    ],
)
def test_a_rise_counted_from_a_year(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "high-needs-rise-since-2019-20")


def test_a_rise_with_no_year_it_is_counted_from(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "the £1bn high needs increase - since when has it been paid?",
        r"when that started",
    )
