"""A count the source gives as an addition ("approved a further 76 special free schools") is
not a total: asked how many in total, the reply says it gives the further number, and never
presents it as the total."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "how many special free schools have been approved in total?",
        "what's the total number of special free schools approved",
        "how many special free schools approved altogether?",
    ],
)
def test_a_further_count_is_not_the_total(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(
        shipped_index,
        question,
        r"gives a further 76 special free schools approved, not how many in total\.",
    )


def test_the_further_count_still_answers_how_many_were_approved(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "how many special free schools has the department approved?",
        "special-free-schools-approved",
    )


def test_the_further_ones_asked_in_total_are_the_addition(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many additional special free schools got the go-ahead altogether?",
        "special-free-schools-approved",
    )
