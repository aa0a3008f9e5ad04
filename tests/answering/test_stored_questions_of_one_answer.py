"""Within one written answer, a question goes to the sentence that answers it, not to a sibling
whose stored questions share its everyday words: whether a council can bid for one of the 15
Spring Budget special free schools is the sentence saying no new applications are invited (not
the one saying earlier bids may be approved); whether the Schools White Paper is still
happening is the sentence on its timing, not the listening sessions that come before it."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_council_bidding_for_one_of_the_15_is_told_no_new_applications(
    shipped_index: FactIndex,
) -> None:
    for question in (
        "could our local authority bid for one of the 15 new special free schools?",
        "can our LA still apply for one of the 15 special free schools from the spring budget?",
    ):
        assert_answered_with(shipped_index, question, "special-free-schools-no-new-applications")


def test_how_the_15_are_picked_is_still_the_earlier_bids(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how will they pick the 15 special free schools",
        "special-free-schools-more-applications-considered",
    )


def test_when_the_15_open_is_still_not_answered(shipped_index: FactIndex) -> None:
    assert_not_answered(shipped_index, "when will the 15 new special free schools open?", r"")


def test_whether_the_white_paper_is_still_happening_is_its_timing(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "is the schools white paper still happening?",
        "schools-white-paper-early-new-year",
    )
