"""Asked for the newest, a measure's newest fact answers in words a curated phrasing of another
fact of the measure uses, on the shipped base: the facts report one figure over time, so a
name the curator gave it for one period names it for all ("how much extra are LAs getting"
is said of the 2025/26 increase, and names the increase whatever its newest answer says).
A place named is not such a word: it says whose figure is asked."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with

HIGH_NEEDS_RISES_EARLIER = (
    'Earlier: "£970 million in the 2023/24 financial year compared to 2022/23" (Claire '
    "Coutinho, 22 February 2023); "
    '"a further £440 million, or 4.3%, in 2024/25 compared to this financial year" (David '
    "Johnston, 26 September 2023)."
)


@pytest.mark.parametrize(
    "question",
    [
        "whats the newest figure for how much more high needs cash councils get?",
        "latest on how much extra LAs are getting for high needs",
    ],
)
def test_the_newest_rise_by_another_facts_words(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert HIGH_NEEDS_RISES_EARLIER in reply.text.splitlines()


def test_a_place_is_no_name_of_the_measure(shipped_index: FactIndex) -> None:
    # Warwickshire's own rise, not the national one of the newest answer.
    question = "newest high needs increase for warwickshire"
    assert_answered_with(shipped_index, question, "warwickshire-high-needs-increase-2025-26")


def test_a_period_asked_keeps_its_fact(shipped_index: FactIndex) -> None:
    question = "how much extra are LAs getting for high needs in 2025/26"
    assert_answered_with(shipped_index, question, "high-needs-increase-2025-26")
