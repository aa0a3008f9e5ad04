"""A question asking for the newest figure that also names a year of the asker's own: the one
set aside ("not the 2023 one"), the base a figure they quote is counted from ("I know 77 had
opened since 2010"), or the answer they have it from ("the £59.6bn from the sept 2023 answer").
None of those is the period asked: the reply is the measure's or topic's newest figure. A
figure pointed back to ("£10.5bn keeps being quoted - is that still the total?") names the
measure asked, as "is it still £10.5bn?" does; "over the longer term" asks for a change over
several years, not the yearly one. "Now compared with last year" compares with last year: the
newest rise answers it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.told_dates import without_told_dates
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "newest figure for the high needs total please, not the 2024 one",
            "newest figure for the high needs total please, not the one",
        ),
        (
            "current total for special school pupils? i want the latest rather than the 2023 "
            "number",
            "current total for special school pupils? i want the latest rather than the number",
        ),
        (
            "what's the latest number of special schools opened? they told us 77 had opened "
            "since 2010",
            "what's the latest number of special schools opened? they told us 77 had opened",
        ),
        (
            "is the schools budget still the £59.6bn from the sept 2023 answer, or is there "
            "a newer figure?",
            "is the schools budget still the £59.6bn, or is there a newer figure?",
        ),
    ],
)
def test_the_askers_year_is_dropped(question: str, read: str) -> None:
    assert without_told_dates(question) == read


@pytest.mark.parametrize(
    "question",
    [
        # nothing but the claim names the topic: its base year says which count is meant
        "they said 77 special schools opened since 2010 - any newer number?",
        # not asking for the newest: the year set aside leaves the one asked
        "high needs total for 2025/26, not the 2024/25 one",
    ],
)
def test_the_year_is_kept(question: str) -> None:
    assert without_told_dates(question) == question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what's the high needs total now? the newest one, not the 2023 one",
            "high-needs-total-2025-26",
        ),
        (
            "latest supported internships funding pls - the newest, not the 2022 one",
            "supported-internships-pilot",
        ),
        (
            "what's the most recent count of special schools opened? someone told me 77 had "
            "opened since 2010",
            "special-schools-opened",
        ),
        (
            "is the core schools budget still the £59.6bn from the sept 2023 answer or is "
            "there a newer figure?",
            "core-schools-budget-2028-29",
        ),
        (
            "people keep quoting £10.5bn for high needs - is that still the current total?",
            "high-needs-total-2025-26",
        ),
        (
            "the newest percentage growth in high needs over the longer term?",
            "high-needs-budget-increase",
        ),
        # "last year" as what the figure now is compared with: the newest rise, not last year's
        (
            "how much more high needs cash is there now, compared with last year?",
            "high-needs-increase-continued-2026-27",
        ),
    ],
)
def test_the_newest_is_given(shipped_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_quoted_figure_is_said_to_be_no_longer_the_total(shipped_index: FactIndex) -> None:
    question = "i keep hearing £10.1bn for high needs, is that still the total?"
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert "over £12 billion" in reply.text
    assert "No longer" in reply.text
