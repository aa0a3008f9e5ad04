"""What a rise was, asked in the words of the thing ("in the lords reply, what was the high
needs rise for 2025/26?"): its size is asked, though neither "how much" nor "by how much" is
said. The fact telling why the money rose (it gives no sum) shares the rise's words and ranked
first; the fact stating the £1 billion rise, close behind it, answers."""

import pytest

from sendbot.answering.change_size_asked import asks_the_size_of_a_change
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "in the lords reply, what was the high needs rise for 2025/26?",
        "from the lords answer, whats the increase to high needs budgets in 2025-26",
    ],
)
def test_the_rise_asked_is_answered_with_its_sum(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-2025-26")
    assert "£1 billion" in reply.text, reply.text


def test_what_the_rise_is_for_is_still_its_purpose(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "in the lords reply, what is the high needs rise for in 2025/26?",
        "ifs-2025-06-16-increase-purpose",
    )


@pytest.mark.parametrize(
    "text",
    [
        "what's the uplift for 2024_25?",
        "what was the schools budget increase this year",
        "whats the boost to the high needs block in 2025_26",
        "what got added to the budget?",
        "what is the rise in the lords answer",
    ],
)
def test_sizes_of_a_change_asked(text: str) -> None:
    assert asks_the_size_of_a_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "what is the increase for?",
        "what's the rise meant to pay for",
        "why was there an increase in 2025_26",
        "what is the increase in costs councils face",
        "what is the uplift to help councils with",
    ],
)
def test_not_sizes_of_a_change(text: str) -> None:
    assert not asks_the_size_of_a_change(text)
