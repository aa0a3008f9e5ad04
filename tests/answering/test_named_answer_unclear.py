"""A question naming a written answer by its date: when the matcher's closest fact is of that
answer but not sure, and the answer read without its date has another closest fact, which of
the two is meant is not clear, so neither is given as the answer (it gave "an unprecedented
level of high needs funding" for money for special schools). Named answers whose closest
fact is clear are still answered."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_two_closest_facts_of_the_named_answer_give_no_answer(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "what did the department say in feb 2023 about funding for special schools",
        missing=".",
    )


def test_a_clear_fact_of_the_named_answer_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what did the feb 2023 answer say about special schools' budgets",
        "special-schools-budget-increase-2023-24",
    )
    assert_answered_with(
        shipped_index,
        "according to the feb 2024 answer how many special schools opened",
        "special-schools-opened",
    )
