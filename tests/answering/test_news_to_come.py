"""On the shipped base: "the latest on when X will come out" asks about what is to come, which
the newest written answer's facts say; its record (what the member asked, when) does not. The
latest figure for a period several answers give is the newest answer's statement of it."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "whats the most recent word on when the govt will publish its send reform plans",
        "latest on when the government will publish the send reform plans",
    ],
)
def test_when_plans_will_be_published_gets_what_the_answer_says_of_them(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")


def test_when_the_latest_answer_was_published_still_gets_its_record(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "when was the most recent answer on send reform published")
    assert reply.answered and reply.fact is not None, reply.text
    assert "document" in reply.fact.tags, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "parent governor here, what's the latest on how much extra high needs money councils "
        "are getting this year?",
        "what's the most recent figure for the high needs increase in 2025/26",
    ],
)
def test_the_latest_figure_for_a_period_is_its_newest_statement(
    shipped_index: FactIndex, question: str
) -> None:
    # Three answers give the 2025/26 increase; the February 2026 one says it last.
    assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")


def test_a_period_asked_of_a_named_answer_keeps_that_answers_statement(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "in the lords answer on the ifs report, how big is the high needs increase for 2025/26",
        "high-needs-increase-2025-26",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what's the current status of the send reform plans",
        "up to date status of the send system reform plans?",
        "where are we at now with the send reform plans",
    ],
)
def test_the_latest_on_plans_is_what_is_to_come_not_the_progress_so_far(
    shipped_index: FactIndex, question: str
) -> None:
    # The November 2025 answer says good progress has been made, then that a Schools White
    # Paper comes early in the new year: the news on the plans is the second.
    assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")


def test_the_latest_on_a_programme_is_still_its_answers_first_word(
    shipped_index: FactIndex,
) -> None:
    # Not the interim findings expected later: asked about no plans, the evaluation under way.
    assert_answered_with(shipped_index, "whats the latest on pins", "pins-independent-evaluation")


def test_where_are_things_with_x_asks_how_x_stands_not_where(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "where are things at the moment with high needs funding for next year",
        "high-needs-increase-continued-2026-27",
    )
    assert "doesn't say where" not in reply.text and "give a place" not in reply.text
