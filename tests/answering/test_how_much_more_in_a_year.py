"""A question asking how much more there is in a year ("how much more high needs money is there
in 2025/26?") asks for the rise, not the total: a fact giving only the year's total is passed
over for a close fact giving the rise, or no fact is presented as the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much more high needs funding is there for 2025/26",
        "how much more high needs cash is there in 2025-26",
        "how much more is there for high needs in 2025/26",
        "how much more high needs money in 2025-26",
    ],
)
def test_how_much_more_in_a_year_is_the_rise(shipped_index: FactIndex, question: str) -> None:
    # Not "Total high needs funding ... is over £12 billion in the 2025/26 financial year".
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-2025-26")
    assert "£1 billion" in reply.text


def test_how_much_more_is_never_the_total_alone(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how much more high needs money is available in 25/26")
    assert not reply.answered or reply.fact is None or reply.fact.id != "high-needs-total-2025-26"


def test_how_much_there_is_in_a_year_is_still_the_total(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "how much high needs money is there in 2025/26", "high-needs-total-2025-26"
    )
    assert "£12 billion" in reply.text
