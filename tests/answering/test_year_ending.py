"""A financial or academic year named by when it ends ("the year to March 2025", "FYE March
26") is read as the split year the sources write ("2024/25"): that year's figure answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.year_ending import with_years_by_their_halves
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "total high needs funding for the year ending march 2025",
            "high-needs-total-2024-25",
            "10.5",
        ),
        (
            "high needs budget in the financial year to march 2024",
            "high-needs-total-2023-24",
            "10.1",
        ),
        ("high needs total for the year to march 2026?", "high-needs-total-2025-26", "12 billion"),
        ("hn funding fye march 26?", "high-needs-total-2025-26", "12 billion"),
        (
            "what was high needs in the twelve months to 31st march 2024",
            "high-needs-total-2023-24",
            "10.1",
        ),
    ],
)
def test_a_year_named_by_its_end_gets_that_years_figure(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


def test_a_financial_year_ending_in_a_year_is_not_the_year_after_it(
    shipped_index: FactIndex,
) -> None:
    # "ending 2025" is 2024/25 (to 31 March 2025), not 2025/26.
    reply = assert_answered_with(
        shipped_index, "high needs for the fy ending 2025?", "high-needs-funding-2024-25"
    )
    assert "12 billion" not in reply.text.split("\n")[0]


def test_a_month_alone_is_not_read_as_a_year(shipped_index: FactIndex) -> None:
    # (No written answer gives a month's high needs funding.)
    reply = answer(shipped_index, "how much high needs funding in march 2025")
    assert reply.outcome is Outcome.DECLINED


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("for the year ending march 2025", "for the 2024/25 financial year"),
        ("in the financial year ended 31 March 2026?", "in the 2025/26 financial year?"),
        ("fye mar 26", "2025/26 financial year"),
        ("the financial year ending 2025", "the 2024/25 financial year"),
        ("the academic year ending july 2024", "the 2023/24 academic year"),
        ("the school year to august 2025", "the 2024/25 academic year"),
        ("the year to december 2024", "the year to december 2024"),  # not a financial year
        ("the year to march", "the year to march"),  # no year named
    ],
)
def test_only_years_named_by_their_end_are_rewritten(said: str, read: str) -> None:
    assert with_years_by_their_halves(said) == read
