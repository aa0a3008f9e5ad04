"""A reply's first sentence about a figure the asker claims is true of the sources: a sum
checked of a measure is checked against its newest figure; a figure of an earlier year is said
to be one ("No longer: that was ..."), never confirmed as what stands now nor set right as if
never true; a floor the newest figure has reached is confirmed."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("is the high needs figure £9bn?", "£9bn"),
        ("is the high needs pot £9 billion?", "£9 billion"),
        # (£10.5bn, 2024/25's total, is confirmed with its year: test_claim_given_elsewhere)
    ],
)
def test_a_sum_checked_is_set_right_by_the_newest_figure(
    shipped_index: FactIndex, question: str, claimed: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert (
        reply.text.splitlines()[0] == f"The written answer gives over £12 billion, not {claimed}."
    )


@pytest.mark.parametrize(
    "question",
    [
        "has high needs funding reached £11bn?",
        "has high needs funding topped £12 billion?",
        "is high needs funding over £11bn?",
    ],
)
def test_a_floor_the_newest_figure_has_reached_is_confirmed(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-total-2025-26")
    assert reply.text.splitlines()[0] == "Yes: the written answer gives over £12 billion."


@pytest.mark.parametrize(
    "question",
    [
        "has the high needs budget gone over £13bn?",
        "are there more than 200,000 kids in special schools?",
    ],
)
def test_a_floor_not_reached_is_not_confirmed(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert not reply.text.startswith("Yes")


def test_a_figure_still_claimed_is_set_right_and_said_to_be_earlier(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "is high needs funding still £10.1bn?")
    lines = reply.text.splitlines()
    assert lines[0] == "The written answer gives over £12 billion, not £10.1bn."
    assert any(line.startswith('No longer: that was "£10.1 billion next year"') for line in lines)


@pytest.mark.parametrize(
    "question",
    [
        "are there 115,000 children in special schools?",
        "are there still 115,000 children in special schools?",
        "is it true there are 115k pupils in special schools?",
    ],
)
def test_the_earlier_end_of_a_change_is_no_yes_for_now(
    shipped_index: FactIndex, question: str
) -> None:
    """The quote says "from 115,000 to 200,000 in 2024/25": 115,000 is 2015/16's."""
    reply = assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
    assert "Yes" not in reply.text
    first = reply.text.splitlines()[0]
    assert first == (
        'No longer: that was "115,000", for 2015/16 (Baroness Smith of Malvern, 27 January 2026);'
        " the newest figure is below."
    )


def test_an_earlier_figure_asked_of_the_past_is_not_denied(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "was the high needs budget £10.1bn?")
    assert reply.outcome is Outcome.ANSWERED
    assert "not £10.1bn" not in reply.text
    assert reply.text.splitlines()[0].startswith('Yes, earlier: "£10.1 billion next year"')
