"""On the shipped base: "who actually sits on the group?", "who does the group really include?"
ask who its members are, as "who is on the group?" does, not for one person by name: the fact
saying the group includes clinicians, scientists and academics answers them."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "who actually sits on the neurodivergence task and finish group?",
        "who does the dfe neurodivergence group actually include",
        "teacher here - who really is on that neurodivergence task and finish group, any "
        "clinicians?",
    ],
)
def test_who_a_group_is_made_of_is_answered_by_its_members(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "neurodivergence-task-and-finish-group")
    assert "clinicians" in reply.text


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("who does the change programme include", Intent.NAMED_LIST),
        # "who does it involve" is answered by the kinds of partner it works with, no names
        ("who does the change programme involve", Intent.PERSON),
        ("who actually answered the question", Intent.PERSON),
        # "on the hook": who answers for it, not who is on a body
        ("who is on the hook if the provision in an ehcp is not delivered", Intent.PERSON),
    ],
)
def test_members_asked_or_one_person(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    "question",
    [
        "what kinds of organisations does the change programme work with",
        "the change programme - what sorts of groups is it working with?",
    ],
)
def test_what_kinds_it_works_with_is_answered_by_the_kinds_listed(
    single_source_index: FactIndex, question: str
) -> None:
    # asked with "what" as with "which": the fact lists the kinds, no figure is to be split
    reply = assert_answered_with(single_source_index, question, "change-programme-partners")
    assert "integrated care boards" in reply.text


def test_a_figure_split_by_type_is_still_a_breakdown(single_source_index: FactIndex) -> None:
    # "by type of provision" asks the sum split, which the fact does not give
    reply = answer(single_source_index, "the 10.5bn split by type of provision?")
    assert reply.outcome is Outcome.PARTIAL
    assert reply.missing is not None and "not a breakdown by type" in reply.missing
