"""Asked whether something involves only one kind of member ("is it just councils?"), a fact
listing that kind among others answers, before one naming that kind alone."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.only_these_asked import kind_asked_alone, lists_it_among_others
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "change programme: who does the dfe work with, is it only local authorities",
        "who is the change programme working with - is it just LAs?",
    ],
)
def test_a_list_naming_councils_among_others_answers(
    shipped_index: FactIndex, question: str
) -> None:
    # not the Bedford answer, naming the Change Programme's councils alone
    assert_answered_with(shipped_index, question, "change-programme-partners")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("who takes part, is it just councils?", "councils"),
        ("is that only for schools", "schools"),
        ("who does it help", None),
        ("i just wondered who runs it", None),
    ],
)
def test_the_kind_asked_alone(text: str, named: str | None) -> None:
    assert kind_asked_alone(text) == named


def test_a_list_of_members_not_a_sentences_clauses(shipped_index: FactIndex) -> None:
    terms = shipped_index.normaliser.terms
    listed = "working with local authorities, health boards, schools and parents"
    clauses = (
        "Since it launched in 2023, the department has worked with councils, including Bedford"
    )
    assert lists_it_among_others(listed, "councils", terms)
    assert not lists_it_among_others(clauses, "councils", terms)


def test_a_check_after_a_question_of_its_own_is_left_to_that_question() -> None:
    assert kind_asked_alone("who runs it? is it only councils?") is None
