"""'Does my autistic son qualify', 'can my 15 year old daughter go to one': the asker's child
described on the way is still one child's case, which no written answer can settle."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "does my dyslexic son qualify for one of the 15 special free schools",
        "would my 9 year old boy count for a special free school place",
        "can my non verbal daughter go to one of the new special schools",
        "will the extra educational psychologists help my little boy",
    ],
)
def test_a_described_child_is_one_childs_case(question: str) -> None:
    assert analyse(question).intent is Intent.CASE


def test_a_described_childs_place_is_not_answered(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "does my dyslexic son qualify for one of the 15 special free schools",
        "any one person's case",
    )


@pytest.mark.parametrize(
    "question",
    [
        "how do i get my kid seen by an EP",
        "how do i get an ep to assess my kid",
        "how can we get a specialist to see our daughter",
    ],
)
def test_how_to_get_help_for_ones_own_child_is_one_childs_case(question: str) -> None:
    assert analyse(question).intent is Intent.CASE


def test_how_to_get_ones_own_child_seen_is_not_answered(shipped_index: FactIndex) -> None:
    # "Educational psychologists play a critical role ..." says nothing of how one child is seen.
    assert_not_answered(shipped_index, "how do i get my kid seen by an EP", "any one person's case")


def test_how_to_get_a_thing_in_general_is_not_one_childs_case() -> None:
    assert analyse("how do schools get PINS support").intent is not Intent.CASE


@pytest.mark.parametrize(
    "question",
    [
        "is my son's primary in the change programme",
        "does my daughter's secondary take part in PINS",
        # what befalls the child's own plan or support
        "would my daughter's EHC plan be changed by the reforms",
        "could my son's annual review be moved because of the reforms",
    ],
)
def test_a_childs_own_school_or_plan_is_one_childs_case(question: str) -> None:
    assert analyse(question).intent is Intent.CASE


def test_whether_a_childs_primary_takes_part_is_not_answered(shipped_index: FactIndex) -> None:
    # up to 1680 primary schools are to be supported: which ones, not whether his is one
    assert_not_answered(
        shipped_index, "is my son's primary one of the schools PINS supports?", "any one person"
    )
