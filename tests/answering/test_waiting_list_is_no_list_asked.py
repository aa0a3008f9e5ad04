"""A waiting list the asker is on ("my son is on a waiting list of 30 for a place") asks for no
list: the count asked for is answered, not refused for lacking names. A list asked for still
is."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "my daughter is on a waiting list of 30 for a specialist place, how many new places "
        "have the special schools opened this year created?",
        "head of a school with a waiting list of pupils for specialist provision - how many "
        "places did the new special schools create?",
    ],
)
def test_a_count_asked_beside_a_waiting_list_is_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "special-school-places-created")


def test_a_list_asked_for_is_still_not_given_as_a_number(single_source_index: FactIndex) -> None:
    assert_not_answered(single_source_index, "list of the 76 special free schools?", "name")
