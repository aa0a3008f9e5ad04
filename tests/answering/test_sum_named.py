"""A question whose subject is a sum of money is answered with the sum, not with the count of
the same sentence ("a further £21 million to train 400 more education psychologists across
the academic years 2024 and 2025"); a count asked of the money is still the count's."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "over which years is the educational psychologist training money spread",
        "the ep training budget, which academic years is it for",
        "which academic years is the money for training eps meant for",
    ],
)
def test_the_years_of_a_named_sum_come_with_the_sum(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "educational-psychologists-funding")
    assert "£21 million" in reply.text


def test_a_count_asked_of_the_sum_is_the_count(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "how many psychologists is the ep training money paying to train",
        "educational-psychologists-trainees",
    )
    assert "400" in reply.text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "fact_id", "count"),
    [
        ("does the ep training funding train 400 eps", "educational-psychologists-trainees", "400"),
        (
            "is the £70 million change programme made up of 32 local areas or fewer",
            "change-programme-local-authorities",
            "32",
        ),
    ],
)
def test_a_count_checked_beside_the_sum_is_the_count(
    single_source_index: FactIndex, question: str, fact_id: str, count: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert count in reply.text.splitlines()[0]


def test_a_count_asked_by_a_noun_is_the_count(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "ed psych trainee numbers out of the new funding?",
        "educational-psychologists-trainees",
    )
