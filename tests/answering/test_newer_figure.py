"""'The latest' when two answers count the same thing differently: the Spring Budget's
"15 additional special free schools" (March 2024) is newer news than "a further 76
special free schools" approved (February 2024), but it is no figure of the approved ones."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "latest news on how many special free schools are planned",
        "what's the most recent update on how many more special free schools are planned?",
        "how many additional special free schools are there going to be, latest figure?",
    ],
)
def test_the_latest_on_planned_special_free_schools_is_the_spring_budget_s_15(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "spring-budget-2024-special-free-schools")
    assert "15 additional special free schools" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the latest number of special free schools approved",
        "how many special free schools have been approved most recently?",
    ],
)
def test_the_latest_approved_special_free_schools_stay_the_approvals(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "special-free-schools-approved")
    assert "76" in reply.text


def test_the_latest_high_needs_budget_is_still_its_own_newest_figure(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index, "what's the latest high needs budget?", "high-needs-total-2025-26"
    )
    assert "over £12 billion" in reply.text


def test_where_the_asker_saw_an_old_figure_does_not_hide_the_newest(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index,
        "what's the latest high needs budget? I keep seeing £10.5bn quoted but that seems old",
        "high-needs-total-2025-26",
    )
    assert "over £12 billion" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # Each draws a figure of the approvals measure (the March 2023 wave's 33, of the March
        # 2024 answer), whose newest figure is the February 2024 answer's 76: the Spring
        # Budget's 15, of the later answer, is newer than the figure that would be shown.
        "most recent wave of special free schools, what's the latest number?",
        "what's the newest count of special free schools from the spring budget wave?",
    ],
)
def test_a_later_answer_s_figure_is_newer_than_the_measure_s_newest(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "spring-budget-2024-special-free-schools")
    assert "15 additional special free schools" in reply.text


def test_a_wave_asked_by_its_month_keeps_that_wave(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "how many special free schools were approved in the march 2023 wave?",
        "special-free-schools-approved-march-2023",
    )
    assert "33" in reply.text
