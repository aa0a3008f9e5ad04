"""A yes/no check of a figure the question states, of a measure it names, asked as things
stand now ("at the moment", "these days", "at present"), gets the same reply as without those
words: the measure's newest figure setting the claim right. Not the newest written answer's
other word on the topic (the £1 billion rise is no amount of high needs funding), nor an
older figure of the measure."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with

NEWEST_HIGH_NEEDS_TOTAL = "high-needs-total-2025-26"


@pytest.mark.parametrize(
    ("question", "set_right"),
    [
        # the newest answer on high needs funding leads with its £1 billion increase
        ("is the amount of high needs funding £11bn at present?", "not £11bn"),
        # "total" and "figure" ask for a figure: the claim was read as the asker's own
        ("is the high needs total £16 billion at the moment?", "not £16 billion"),
        ("is the high needs figure £9bn at the moment?", "not £9bn"),
    ],
)
def test_the_newest_figure_sets_the_sum_right(
    shipped_index: FactIndex, question: str, set_right: str
) -> None:
    reply = assert_answered_with(shipped_index, question, NEWEST_HIGH_NEEDS_TOTAL)
    assert set_right in reply.text
    assert "2025/26" in reply.text


def test_still_asks_what_it_is_now(shipped_index: FactIndex) -> None:
    # "still" asks what the figure is now: answered with it, as before
    reply = assert_answered_with(
        shipped_index, "is high needs funding still about £11bn?", NEWEST_HIGH_NEEDS_TOTAL
    )
    assert "2025/26" in reply.text


def test_its_own_figure_is_confirmed(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "is the high needs total £12bn at the moment?", NEWEST_HIGH_NEEDS_TOTAL
    )
    assert reply.text.startswith("Yes")
