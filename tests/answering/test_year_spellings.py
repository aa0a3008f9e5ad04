"""A financial or academic year however it is written ("2025-2026", "2025 to 2026",
"2023/2024", "23/24") is that split year; a range of years or ages is not. "After 2025" of a
figure that runs to 2025 is a period the written answer does not give."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import fold_text
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "how much high needs funding was there in 2025-2026",
        "what is the high needs budget for the year 2025 to 2026",
        "high needs budget for 2025/2026?",
    ],
)
def test_a_split_year_written_in_full_gets_that_year_s_figure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert "over £12 billion" in reply.text


def test_a_year_written_in_full_not_given_is_a_partial_naming_those_that_are(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(shipped_index, "high needs budget in 2022/2023", r"not for 2022/23")


def test_a_split_year_written_short_gets_that_year_s_figure(shipped_index: FactIndex) -> None:
    # Not the rise of 2023/24: "23/24" names the year whose total is asked.
    reply = assert_answered_with(
        shipped_index, "what was high needs funding in 23/24?", "high-needs-total-2023-24"
    )
    assert "£10.1 billion" in reply.text
    assert_answered_with(
        shipped_index,
        "how much more is mainstream and high needs funding in 24/25 compared with 23/24?",
        "schools-and-high-needs-rise-2024-25",
    )


def test_a_split_year_written_short_not_given_is_a_partial_naming_it(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(shipped_index, "high needs funding in 22/23?", r"not for 2022/23")


def test_ages_sums_and_percentages_are_not_short_split_years() -> None:
    assert fold_text("hn funding for 23-24") == "hn funding for 2023_24"
    for said in ("aged 16-17", "16-17 year olds", "young people aged 16-24", "ages 16-17"):
        assert fold_text(said) == said
    assert "2023_24" not in fold_text("£23-24m")
    assert "2015_16" not in fold_text("a 15-16% rise")


def test_a_range_of_years_stays_a_range() -> None:
    assert fold_text("from 2022 to 2025") == "from 2022 to 2025"
    assert fold_text("the 2024-2025 financial year") == "the 2024_25 financial year"


@pytest.mark.parametrize(
    "question",
    [
        "how much capital is there for special school places after 2025",
        "specialist places investment beyond 2025",
    ],
)
def test_after_the_year_a_figure_runs_to_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, r"up to 2025, not after 2025")
