""" "Per" followed by whose account it is ("per this reply", "per DfE") says where the figure
is from, not a unit: the partial sentence "gives a total, not an amount for each DfE" denied
what its own quote gave. An amount asked for each one ("per council", "each council") is
still not given."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_per_whose_account(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many online modules have been completed since May 2022, per this reply?",
        "online-training-modules",
    )


def test_per_the_department(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "high needs total for 2024-25 per DfE?",
        "high-needs-funding-2024-25",
    )


@pytest.mark.parametrize(
    "question",
    [
        "how much does each council get from the change programme?",
        "how much is the change programme worth per council?",
    ],
)
def test_an_amount_for_each_is_still_not_given(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, r"not an amount for each")
