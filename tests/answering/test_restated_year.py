"""A year written and then said again as "this (financial) year" asks for the written year:
the relative words are not read as words of the topic, which drew a fact saying "financial
year" that gives no figure for the year asked."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.restated_year import without_restated_year
from tests.answering.expected_replies import assert_not_answered


def test_a_restated_year_not_given_is_partial(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "what does high needs come to overall in 2026-27 - this financial year?",
        r"not for 2026/27\.$",
    )


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("budget for 2026/27, this financial year", "budget for 2026/27"),
        ("budget in 2025-26 (the current year)?", "budget in 2025-26?"),
        # a year compared with this one is another year: both are asked
        ("was it higher in 2019 than this year", "was it higher in 2019 than this year"),
        (
            "2026/27, this financial year, and last year too",
            "2026/27, this financial year, and last year too",
        ),
    ],
)
def test_what_is_read(message: str, read: str) -> None:
    assert without_restated_year(message) == read
