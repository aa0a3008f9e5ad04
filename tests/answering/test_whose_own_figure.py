"""'Own' says apart from the rest only in "on its own", "on their own": "out of our own pot",
"the government's own figure" say whose, and ask for no part of a figure given as one."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.missing import _asks_on_its_own
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "apart"),
    [
        ("how much is the AP budget on its own", True),
        ("what do special schools get on their own", True),
        ("is there a figure for AP separately", True),
        ("we pay for support out of our own pot, how much is the plan backed by", False),
        ("i want the government's own figure for the plan", False),
        ("what is the department's own number", False),
    ],
)
def test_own_asks_a_part_only_on_its_own(question: str, apart: bool) -> None:
    assert _asks_on_its_own(analyse(question).words) is apart


@pytest.mark.parametrize(
    "question",
    [
        "we pay for 1:1 support out of our own pot. how much is the send and ap plan backed by "
        "in 2024/25?",
        "i want the government's own figure: how much is the improvement plan backed by in "
        "2024-25?",
    ],
)
def test_whose_own_figure_is_answered(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "high-needs-funding-2024-25")


def test_a_part_on_its_own_is_still_not_given(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how much is the AP budget on its own?", "one figure, not a separate one"
    )
