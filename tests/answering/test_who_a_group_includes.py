"""On the shipped base: "who does the group actually include", "who really sits on it" ask who
its members are, which a fact listing the kinds of people in it answers; they do not ask for
one named person."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "who will the neurodivergence task and finish group actually include?",
        "who does the neurodivergence task and finish group really involve, any clinicians?",
        "who really sits on the neurodivergence task and finish group",
    ],
)
def test_who_a_group_includes_is_answered_by_its_members(
    shipped_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.NAMED_LIST
    assert_answered_with(shipped_index, question, "neurodivergence-task-and-finish-group")
