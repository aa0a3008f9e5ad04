"""A count asked of those still waiting, or of those that have finished, is not given by a
count of those placed or of those taking part."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_those_waiting_are_not_those_in_special_schools(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how many pupils are waiting for a place in a special school", ""
    )


def test_councils_that_finished_are_not_those_taking_part(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how many councils have finished the change programme so far",
        "not how many have finished",
    )
    assert_answered_with(
        shipped_index,
        "how many councils are taking part in the change programme",
        "change-programme-local-authorities",
    )


def test_projects_waiting_to_open_are_those_in_the_pipeline(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many special free school projects are waiting to open",
        "free-school-projects-pipeline-2023",
    )
