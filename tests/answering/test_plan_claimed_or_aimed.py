"""Two facts on "the plan" share nearly all their words: the department's claim that it has a
clear plan (and is delivering it), and what the SEND and AP Improvement Plan will ensure. A
question speaking of the claim (someone says they have a plan, their "clear plan", whether it
is delivered) gets the claim; one asking what the plan will do for children gets the aim.
When the one meant cannot be answered surely, the other is not given in its place."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

AIM = "improvement-plan-aim"
CLAIM = "department-delivering-plan"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what does the govt say the plan will ensure for kids with SEND", AIM),
        ("what does the govt say the plan will actually do for kids with SEND", AIM),
        ("what is the improvement plan supposed to make sure kids with send get", AIM),
        ("is the plan about getting good quality help early for children with send", AIM),
        ("will the plan give my child support early wherever we live", AIM),
        ("the minister says they have a clear plan - what is that plan meant to ensure?", CLAIM),
        ("what does the department say its plan will achieve for kids' childhoods", CLAIM),
        ("the dfe says it has a plan for send - is it actually delivering it?", CLAIM),
        ("is the govmt deliverng on the plan acording to them", CLAIM),
        ("what does the department claim about how the plan is going", CLAIM),
    ],
)
def test_the_plan_meant_is_the_one_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "other"),
    [
        # "deliver for children" asks what the plan will do, yet its words draw the claim
        (
            "grandparent here, what's the improvement plan going to deliver for children in AP?",
            CLAIM,
        ),
        (
            "parent rep here, the minister keeps saying they have a plan - what exactly does "
            "the answer say the plan is meant to make sure kids get?",
            AIM,
        ),
    ],
)
def test_the_other_plan_is_not_given_when_the_one_meant_is_unsure(
    single_source_index: FactIndex, question: str, other: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is not Outcome.ANSWERED or reply.fact is None or reply.fact.id != other


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when was the improvement plan published", "document-plan-published"),
        ("how much money backs the improvement plan", "high-needs-funding-2024-25"),
    ],
)
def test_other_facts_on_the_plan_are_untouched(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the two facts ranked level, declined for the tie alone before the plan meant was read
        ("what's the plan going to ensure for children", AIM),
        ("what does the plan make sure children get", AIM),
        ("plan ensures what for children?", AIM),
    ],
)
def test_a_tie_between_the_two_plans_is_settled_by_the_plan_meant(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        # the plan's date or funding ranks between the two: not a tie of the plans
        "what reference number has the plan got, so I can find it",
        "funding for the plan?",
    ],
)
def test_a_third_fact_between_the_plans_is_not_passed_over(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.fact is None or reply.fact.id not in {AIM, CLAIM}
