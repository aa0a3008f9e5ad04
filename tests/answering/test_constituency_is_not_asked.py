"""A constituency naming a member ("as the MP for Rugby, ...", "I'm Rugby's MP") says who is
asking, not a place asked about: the national figure answers. A place the question also asks
about outside that phrase ("in Rugby") is still asked about: not answered with England's."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "as the MP for Rugby, how many special schools opened?",
        "as MP for Rugby - how many new special schools have opened this academic year?",
    ],
)
def test_a_members_constituency_is_who_asks(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "special-schools-opened")


def test_a_place_also_asked_of_still_narrows(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "as the MP for Rugby, how many special schools opened in Rugby?",
        "",
    )
