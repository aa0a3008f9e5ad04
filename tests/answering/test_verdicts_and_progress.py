"""Over many sources, a question asking how a programme is going, whether money is good value,
what a policy will make of schools, or whether a paper still to come will say something is not
answered with the fact saying what was announced or planned."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "how is the supported internships pilot going?",
        "are the spring budget special free schools built yet",
        "is the early years senco training making a difference?",
        "will the ITTECF make new teachers more confident with send?",
        "could the white paper make things worse for send kids?",
        "whats come of the supported internships pilot",
        "what's happened to the 33 special free schools since they were approved",
        "have the councils in the change programme seen any benefits",
    ],
)
def test_how_it_is_going_is_not_what_was_announced(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "doesn't report results")


@pytest.mark.parametrize(
    "question",
    [
        "is the £2.6 billion for specialist places good value?",
        "is £70 million a good use of money for the change programme",
    ],
)
def test_good_value_asks_a_verdict_not_the_sum(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "doesn't make that judgement")


@pytest.mark.parametrize(
    "question",
    [
        "is the dfe going to hit its goal of doubling supported internships?",
        "what will the schools white paper include for send?",
    ],
)
def test_what_is_still_to_come_is_not_the_plan(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "doesn't say what will happen next")


def test_the_aim_itself_is_still_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what is the aim for the number of supported internships",
        "supported-internships-double",
    )
