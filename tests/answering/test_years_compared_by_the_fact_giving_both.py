"""Two years set side by side ("special school pupils now versus 2015/16?") are answered by the
fact giving both years' figures ("from 115,000 to 200,000 in 2024/25"), not by a partial reply
saying the written answer "doesn't compare them" beside its sibling giving 2015/16's alone."""

import pytest

from sendbot.answering.compared_years import compares_years
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "special school pupils now versus 2015/16?",
        "pupils in special schools currently vs 2015/16",
        "what's the difference between special school numbers now and in 2015/16?",
        "difference between special school pupils in 2015/16 and now?",
    ],
)
def test_two_years_compared_are_answered_by_the_fact_giving_both(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
    assert "doesn't compare" not in reply.text


@pytest.mark.parametrize(
    ("question", "compared"),
    [
        ("what's the difference between special school numbers now and in 2015/16?", True),
        ("difference between high needs funding in 2023/24 and 2025/26?", True),
        ("how much is being invested between 2022 and 2025 in total?", False),
    ],
)
def test_a_difference_between_two_times_compares_years(question: str, compared: bool) -> None:
    """A span ("between 2022 and 2025") is no comparison: a total over it is still asked."""
    assert compares_years(analyse(question)) is compared
