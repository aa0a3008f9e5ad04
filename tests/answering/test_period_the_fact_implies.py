"""A split year a fact says relative to its own date: "In this academic year alone, the
department has opened 15 new special schools" in an answer of 8 February 2024 is about 2023/24,
so "new special schools 2023/24?" is answered with it, and 2022/23 or 2024/25 is not."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_period import implied_years
from sendbot.answering.fact_index import FactIndex
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with


def fact(quote: str, as_of: dt.date) -> Fact:
    return Fact("f", quote, quote, ("q?",), as_of, "s")


@pytest.mark.parametrize(
    ("quote", "as_of", "years"),
    [
        ("In this academic year alone, 15 schools opened", dt.date(2024, 2, 8), {"2023/24"}),
        ("In this academic year alone, 15 schools opened", dt.date(2024, 9, 8), {"2024/25"}),
        ("this financial year the budget is £1 billion", dt.date(2024, 2, 8), {"2023/24"}),
        ("this financial year the budget is £1 billion", dt.date(2024, 5, 1), {"2024/25"}),
        ("The department has approved 76 special free schools", dt.date(2024, 2, 8), set()),
    ],
)
def test_a_split_year_said_relative_to_the_facts_date(
    quote: str, as_of: dt.date, years: set[str]
) -> None:
    assert implied_years(fact(quote, as_of)) == years


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("new special schools 2023/24?", "special-schools-opened"),
        ("specialist places added in 2023/24 so far?", "special-school-places-created"),
        ("special schools opened in 2023/24?", "special-schools-opened"),
    ],
)
def test_the_year_the_fact_implies_is_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "new special schools 2022/23?",
        "specialist places added in 2022/23 so far?",
        "special schools opened in 2024/25?",
        "places added in 2023/24 for sen transport?",
    ],
)
def test_another_year_or_topic_is_not(single_source_index: FactIndex, question: str) -> None:
    assert not answer(single_source_index, question).answered
