"""'Where will the budget be by 2028-29?', 'where did the funding get to in 2024/25?' ask the
level a sum reaches, not a place: answered with the sum, not partial for want of a place.
'Where will the money be spent' and 'where will the schools be' still ask where."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_a_sums_level_is_not_a_place() -> None:
    for question in (
        "where's the core schools budget going to be by 2028-29",
        "where will the schools budget be in 2028/29",
        "where did high needs funding get to for 2024-25",
    ):
        assert analyse(question).intent is not Intent.PLACE, question
    for question in (
        "where will the budget be spent",
        "where will the new special schools be",
        "where does the funding end up",
    ):
        assert analyse(question).intent is Intent.PLACE, question


def test_where_the_core_budget_will_be_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "where will the core schools budget be in 2028/29?",
        "core-schools-budget-2028-29",
    )
