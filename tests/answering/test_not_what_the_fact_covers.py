"""A fact close to the question but about something else than what is asked: one council's
figure asked for England, the whole education budget asked of part of it, a deadline to
apply asked of when a programme runs until. Each is not answered, and says what is missing;
the fact that does answer is still given."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_figure_for_england_is_not_one_councils(shipped_index: FactIndex) -> None:
    # Warwickshire's £104 million came first; England's total is not the DSG asked for.
    reply = answer(shipped_index, "what's the total DSG for england in 2025/26")
    assert not reply.answered, reply.text
    assert reply.fact is None or "warwickshire" not in reply.fact.id


def test_one_councils_figure_says_whose_it_is(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "dsg high needs block in england 2025/26",
        r"gives figures for Warwickshire, not for England as a whole",
    )


def test_a_council_named_still_gets_its_figure(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how much high needs funding does warwickshire get?",
        "warwickshire-high-needs-2025-26",
    )


def test_the_whole_education_budget_is_not_the_high_needs_one(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "what is the total education budget")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == (
        "The written answer gives the funding backing the SEND and AP Improvement Plan in "
        "2024/25, not the whole education budget."
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what is the total high needs budget", "high-needs-funding-2024-25"),
        ("how much is the send budget", "high-needs-funding-2024-25"),
    ],
)
def test_the_budget_the_fact_names_is_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_deadline_to_apply_is_not_when_it_runs_until(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "when's the closing date for applying to be one of the 400 trainee EPs?",
        r"doesn't give a deadline to apply",
    )
