"""A span of years ("funding 2022 to 2025") is asked as a whole: both its ends are years asked
about, so a fact for that span answers it, and one for no year of it does not; the span is no
single period whose figure an answer "as of" its date would lack."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("what capital is there for 2022 to 2025", ("2022", "2025")),
        ("new places funding 2021 through 2024?", ("2021", "2024")),
        ("capital for specialist places for 2022-2025", ("2022", "2025")),
        ("how many in 2023", ("2023",)),
        ("figures for 2023 to 2024", ("2023_24",)),  # one academic year, not a span
    ],
)
def test_both_ends_of_a_span_are_years_asked(question: str, years: tuple[str, ...]) -> None:
    assert analyse(question).years == years


def test_a_fact_for_the_span_answers_it(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what money went into new specialist places for 2022 to 2025 - how much?",
        "specialist-places-investment-2022-2025",
    )


def test_a_span_written_with_a_hyphen_is_answered_whole(shipped_index: FactIndex) -> None:
    # "2022-2025" was read as "for 2022" alone: a partial saying no figure for 2022 is given.
    assert_answered_with(
        shipped_index,
        "capital for specialist places for 2022-2025, how much",
        "specialist-places-investment-2022-2025",
    )


def test_a_span_the_fact_does_not_give_is_not_answered(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how much went into new specialist places for 2018 to 2020?", "2018"
    )
