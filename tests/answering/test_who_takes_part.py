"""'Who is on the group?', 'who is involved?' asks what sort of people take part: a fact listing
kinds of people ("clinicians, scientists, academics ...") answers it, though it names no one;
names asked for are still not given."""

from sendbot.answering.asked_participants import asks_who_takes_part, lists_kinds_of_people
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_who_takes_part_is_asked() -> None:
    for question in (
        "who is involved in the listening sessions",
        "whos on the expert group",
        "who will the department be talking to",
        "who are ministers engaging with",
    ):
        assert asks_who_takes_part(question), question
    for question in (
        "who answered the question",
        "who runs the programme",
        "named people on the expert group",
    ):
        assert not asks_who_takes_part(question), question


def test_kinds_of_people_listed_with_or_without_commas() -> None:
    assert lists_kinds_of_people("it includes teachers, parents and local councils")
    assert lists_kinds_of_people("with clinicians scientists and third sector organisations")
    assert not lists_kinds_of_people("it supports parents and teachers")
    assert not lists_kinds_of_people("the department met the minister")


def test_kinds_of_people_answer_who_is_in_the_group(shipped_index: FactIndex) -> None:
    fact = "neurodivergence-task-and-finish-group"
    assert_answered_with(
        shipped_index, "who is involved in the neurodivergence task and finish group", fact
    )
    assert_not_answered(
        shipped_index,
        "who is on the neurodivergence task and finish group by name",
        "name",
    )
