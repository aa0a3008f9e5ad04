"""Periods are read and ordered as a reader would; a measure's facts come newest first."""

import datetime as dt

import pytest

from sendbot.knowledge.measures import for_period, history, measure_names, restates
from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeBase
from sendbot.knowledge.periods import parse_period, period_label, relative_period
from tests.knowledge.builders import knowledge_base, placeholder_fact, written_answer


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024/25", dt.date(2024, 4, 1), dt.date(2025, 8, 31)),
        ("1999/00", dt.date(1999, 4, 1), dt.date(2000, 8, 31)),
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024-02-08", dt.date(2024, 2, 8), dt.date(2024, 2, 8)),
    ],
)
def test_period_spans(text: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["2024/26", "2024-00", "2023-02-29", "FY24", "", "2024/2025"])
def test_not_periods(text: str) -> None:
    assert parse_period(text) is None


def fact(fact_id: str, value: int, period: str | None, as_of: dt.date) -> Fact:
    return placeholder_fact(
        fact_id,
        as_of,
        figures=(Figure(value, FigureKind.MONEY, "budget"),),
        measure="budget",
        period=period,
    )


def base(*facts: Fact) -> KnowledgeBase:
    return knowledge_base((written_answer("src", dt.date(2025, 1, 1)), facts))


def test_history_is_newest_period_first_whatever_the_file_order() -> None:
    kb = base(
        fact("b-2024", 2, "2024/25", dt.date(2023, 9, 26)),
        fact("c-2025", 3, "2025/26", dt.date(2025, 4, 29)),
        fact("a-2023", 1, "2023/24", dt.date(2023, 2, 22)),
        placeholder_fact("unmeasured", dt.date(2026, 1, 1)),
    )
    assert [item.id for item in history(kb, "budget")] == ["c-2025", "b-2024", "a-2023"]
    assert measure_names(kb) == ["budget"]


def test_same_period_restated_later_comes_first_and_no_period_means_as_of() -> None:
    kb = base(
        fact("first-said", 2, "2024/25", dt.date(2023, 9, 26)),
        fact("said-again", 2, "2024/25", dt.date(2024, 2, 8)),
        fact("dated", 5, None, dt.date(2023, 1, 5)),
    )
    assert [item.id for item in history(kb, "budget")] == ["said-again", "first-said", "dated"]


def test_a_named_period_finds_its_facts_only() -> None:
    kb = base(
        fact("b-2024", 2, "2024/25", dt.date(2023, 9, 26)),
        fact("a-2023", 1, "2023/24", dt.date(2023, 2, 22)),
    )
    assert [item.id for item in for_period(kb, "budget", "2023/24")] == ["a-2023"]
    assert for_period(kb, "budget", "2019/20") == ()
    assert for_period(kb, "budget", "not a period") == ()


def test_restating_means_the_same_figure_for_the_same_measure_and_period() -> None:
    said = fact("said", 2, "2024/25", dt.date(2023, 9, 26))
    assert restates(said, fact("again", 2, "2024/25", dt.date(2024, 2, 8)))
    assert restates(said, fact("undated", 2, None, dt.date(2024, 2, 8)))
    assert not restates(said, fact("other-year", 2, "2025/26", dt.date(2025, 4, 29)))
    assert not restates(said, fact("other-figure", 3, "2024/25", dt.date(2024, 2, 8)))
    unmeasured = placeholder_fact("plain", dt.date(2024, 2, 8))
    assert not restates(said, unmeasured) and not restates(unmeasured, said)


@pytest.mark.parametrize(
    ("offset", "reference", "split", "text"),
    [
        (-1, dt.date(2026, 2, 26), "financial", "2024/25"),  # before April: 2025/26 is current
        (0, dt.date(2026, 4, 1), "financial", "2026/27"),
        (1, dt.date(2026, 8, 31), "academic", "2026/27"),  # before September: 2025/26
        (0, dt.date(2026, 9, 1), "academic", "2026/27"),
        (-1, dt.date(2026, 2, 26), None, "2025"),
    ],
)
def test_relative_years_are_counted_from_the_reference_date(
    offset: int, reference: dt.date, split: str | None, text: str
) -> None:
    assert relative_period(offset, reference, split).text == text


def test_period_labels_read_as_a_person_writes_them() -> None:
    assert period_label("2023-03") == "March 2023"
    assert period_label("2024-02-08") == "8 February 2024"
    assert period_label("2024/25") == "2024/25"
    assert period_label("2023") == "2023"
