"""A fact whose own words say whom something reaches ("to young people ... without an Education,
Health and Care plan") says who is eligible: asked who may take part, it answers; asked whether
the asker's own child may, the partial reply says whom it is for and not one person's place,
never that the source "doesn't say who is eligible" beside the very fact that says so."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "who qualifies for the supported internship pilot?",
        "is the supported internship pilot open to young people without an ehc plan",
    ],
)
def test_who_the_pilot_is_for_answers_eligibility(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "supported-internships-pilot")


@pytest.mark.parametrize(
    "question",
    [
        "can my son do a supported internship without an EHC plan?",
        "is my daughter eligible for a supported internship if she has no ehcp",
        "my daughter has no ehcp - can she go on the supported internship pilot?",
    ],
)
def test_one_childs_place_is_not_said_but_whom_it_is_for_is(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(
        shipped_index, question, r"says whom it is for, not whether any one person can take part"
    )
    reply = answer(shipped_index, question)
    assert "doesn't say who is eligible" not in reply.text
    assert "without an Education, Health and Care plan" in reply.text
