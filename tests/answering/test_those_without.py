"""On the shipped base: a question about people who lack something ("with no EHC plan") is
not answered by a fact about those who have it; the fact about those without it answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "lacked"),
    [
        ("what's there for 16 to 24 year olds with no ehc plan", ("ehc plan",)),
        ("my son doesnt have an ehcp, what can he do", ("ehcp",)),
        ("young people without an EHC plan who want work", ("ehc plan",)),
        ("how many supported internships are there", ()),
    ],
)
def test_what_a_question_says_someone_lacks(question: str, lacked: tuple[str, ...]) -> None:
    assert analyse(question).lacked == lacked


@pytest.mark.parametrize(
    "question",
    [
        "what's there for 16 to 24 year olds with no ehc plan who want to get into work",
        "what's there for 16-24 year olds without an EHC plan who want work, if not supported "
        "internships?",
    ],
)
def test_those_without_an_ehc_plan_get_the_fact_about_them(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "traineeships-without-ehc-plan")


def test_a_fact_about_those_with_a_plan_is_never_the_answer_for_those_without(
    shipped_index: FactIndex,
) -> None:
    reply = answer(
        shipped_index,
        "my daughter has no EHC plan so can't do a supported internship, what does the "
        "department point young people like her towards instead?",
    )
    for_those_with = {"what-supported-internships-are", "supported-internships-double"}
    if reply.outcome is Outcome.ANSWERED:
        assert reply.fact is not None and reply.fact.id not in for_those_with, reply.text


def test_those_with_a_plan_still_get_the_fact_about_them(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "who are supported internships for",
        "what-supported-internships-are",
    )


@pytest.mark.parametrize(
    "question",
    [
        "funding for internships for young people who havent got an ehc plan",
        "is there cash for internships for young adults who don't have an ehcp",
    ],
)
def test_the_lack_said_in_other_words_still_finds_the_fact_about_those_without(
    shipped_index: FactIndex, question: str
) -> None:
    # The 2022 investment in supported internships, which says nothing of EHC plans, ranked
    # first; the pilot for young people "without an Education, Health and Care plan" answers.
    assert_answered_with(shipped_index, question, "supported-internships-pilot")
