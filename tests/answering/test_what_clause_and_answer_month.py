"""Two readings that made an answerable question partial. A "what is ..." that a preposition or
"decide" takes as its object ("report back on what is and isn't working", "decide what's
affordable") says what the question is about; it asks no definition. A month and year that
name a written answer ("the feb 2024 answer", "the jan 2026 lords answer") say which answer
is meant, not a period its figure must be for. "The east of England" is a region, not the
whole country. "How is each council's share worked out?" asks how, not an amount for each.
Each reading still holds where it should: "can you tell me what is an EHCP" asks what one is,
"in February 2024" is a period, and "how much does each council get" asks an amount each."""

import pytest

from sendbot.answering.asked_period import named_months
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.missing import _ASKS_NATIONALLY
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "will the councils report back on what is and isn't working",
        "do the partnerships feed back on what is working",
        "whose job is it to decide whats affordable",
        "does the dfe decide what is reasonable",
    ],
)
def test_a_what_clause_after_on_or_decide_asks_no_definition(question: str) -> None:
    assert analyse(question).intent is not Intent.DEFINITION


@pytest.mark.parametrize(
    "question",
    ["can you tell me what is an ehcp", "what is a supported internship", "whats an ehcp"],
)
def test_what_is_asked_outright_is_still_a_definition(question: str) -> None:
    assert analyse(question).intent is Intent.DEFINITION


@pytest.mark.parametrize(
    "question",
    [
        "what did the march 2023 answer say about places",
        "per the dec 2023 lords answer how many councils are involved",
        "in the sept 2023 reply what was the total",
    ],
)
def test_a_month_naming_a_written_answer_is_no_period(question: str) -> None:
    assert named_months(analyse(question)) == []


def test_a_month_on_its_own_is_still_a_period() -> None:
    assert named_months(analyse("how many were approved in march 2023")) == ["2023-03"]
    assert named_months(analyse("what was the answer in march 2023")) == ["2023-03"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "do the change programme partnerships give feedback on what is working?",
            "change-programme-partnership-feedback",
        ),
        (
            "whose job is it to decide what's affordable for educational psychology services?",
            "educational-psychologists-employers-decide-funding",
        ),
        (
            "in the feb 2024 answer, how much had high needs funding grown over five years?",
            "high-needs-budget-increase",
        ),
        (
            "how many new places do the special and AP free schools create, according to the "
            "feb 2024 written answer?",
            "special-school-places-created",
        ),
    ],
)
def test_answered_when_read_so(shipped_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_east_of_england_is_a_region_not_the_whole_country() -> None:
    assert not _ASKS_NATIONALLY.search("who leads the partnership in the east of england")
    assert not _ASKS_NATIONALLY.search("the north of england partnership")
    assert _ASKS_NATIONALLY.search("what is the figure for england as a whole")
    assert _ASKS_NATIONALLY.search("how many across the whole of england")


def test_a_region_named_with_england_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "is it true that bedford is the lead council for the east of england partnership?",
        "change-programme-bedford-east-of-england",
    )


def test_how_each_ones_share_is_worked_out_asks_how_not_an_amount_each(
    shipped_index: FactIndex,
) -> None:
    assert analyse("how is each council's high needs block worked out?").intent is Intent.METHOD
    assert_answered_with(
        shipped_index,
        "how is each council's high needs block worked out?",
        "warwickshire-high-needs-increase-2025-26",
    )
    # an amount for each one is still not given by a total
    assert_not_answered(shipped_index, "how much does each council get for high needs", "")
