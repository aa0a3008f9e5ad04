"""A date written beside a fiscal event ("the 2022 autumn statement", "the spending review in
June 2025") says which event is meant, not a period the figure asked must be for."""

import pytest

from sendbot.answering.asked_period import asked_period, names_a_fiscal_event
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what came out of the 2022 autumn statement",
        "the june 2025 spending review",
        "after the spending review in june 2025",
        "in the spring budget 2024",
    ],
)
def test_a_dated_fiscal_event_asks_no_period(question: str) -> None:
    asked = analyse(question)
    assert names_a_fiscal_event(asked)
    assert asked_period(asked) is None


def test_a_period_beside_an_event_is_still_asked() -> None:
    # Two dates: the figure's year is asked beside the event's.
    asked = analyse("the 2024/25 figure from the 2023 autumn statement")
    assert not names_a_fiscal_event(asked)
    assert asked_period(analyse("the core schools budget in 2025")) is not None


def test_the_fact_the_event_gave_answers(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what did the spending review in june 2025 mean for the core schools budget",
        "core-schools-budget-2028-29",
    )
