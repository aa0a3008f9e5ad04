"""On-topic questions the written answers do not answer, which were answered with a fact:
a verdict on a thing not done ("wrong not to ..."), whether a group has reported or a
programme is working, what came of a programme for the people it reached, which members sit
on a group whose kinds only are given, and what a thing is or does when only the words its
letters stand for are known. Each is declined or given a partial reply; their look-alikes that
the sources answer keep their fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

OPINION = "The written answer gives the department's account, not anyone's opinion of it."
NO_FINDINGS_DONE = (
    "The written answer doesn't report results or findings; it says what has been done."
)
NO_FINDINGS_PLANNED = (
    "The written answer doesn't report results or findings; it says what is planned or expected."
)
REACHED_ONLY = (
    "The written answer gives the number of children reached by the AP Specialist Taskforce "
    "programme to date, not what difference it has made."
)


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        # A verdict on something left undone.
        (
            "was the department wrong not to ringfence the extra money for EPs?",
            "government-funding-not-ringfenced",
            OPINION,
        ),
        # Whether a group has reported, of a fact saying it was set up.
        (
            "have the task and finish group issued recommendations",
            "neurodivergence-task-and-finish-group",
            NO_FINDINGS_DONE,
        ),
        (
            "has the neurodivergence group produced any findings yet",
            "neurodivergence-task-and-finish-group",
            NO_FINDINGS_DONE,
        ),
        # Whether a programme works, asked plainly.
        (
            "is the PINS programme working or not?",
            "pins-interim-findings-autumn-2025",
            NO_FINDINGS_PLANNED,
        ),
        # What came of it for those it reached, of how many it reached.
        (
            "the taskforce got to over 4000 children, what were the outcomes for them then?",
            "ap-specialist-taskforce-reach",
            REACHED_ONLY,
        ),
        (
            "what were the outcomes for the 4000 children the AP taskforce reached",
            "ap-specialist-taskforce-reach",
            REACHED_ONLY,
        ),
        # Which members, of a fact naming only the kinds of member.
        (
            "which organisations sit on the neurodivergence task and finish group",
            "neurodivergence-task-and-finish-group",
            "The written answer doesn't name the organisations.",
        ),
        (
            "which bodies are represented on the neurodivergence task and finish group",
            "neurodivergence-task-and-finish-group",
            "The written answer doesn't name the bodies.",
        ),
    ],
)
def test_what_the_sources_do_not_give_is_said(
    shipped_index: FactIndex, question: str, fact_id: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id
    assert reply.missing == missing


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "working with" asks with whom, not whether it works
        ("is the change programme working with parent groups", "change-programme-partners"),
        # the kinds of member are what the fact gives
        (
            "what kinds of professionals sit on the neurodivergence task and finish group?",
            "neurodivergence-task-and-finish-group",
        ),
        # the letters asked are what its quote spells out
        ("what does DSG stand for", "warwickshire-high-needs-2025-26"),
    ],
)
def test_their_look_alikes_keep_their_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_what_a_thing_is_exactly_is_not_the_words_its_letters_stand_for(
    shipped_index: FactIndex, single_source_index: FactIndex
) -> None:
    for index, question in (
        (shipped_index, "what exactly is DSG"),
        (single_source_index, "what exactly is a SENCO"),
    ):
        reply = answer(index, question)
        assert reply.outcome is Outcome.DECLINED, reply.text
        assert "stands for" not in reply.text
    senco = "early-years-senco-training"
    assert_answered_with(single_source_index, "what does SENCO stand for", senco)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            # read first as progress asked of a plan (question.py), whose line says what is given
            "is PINS now up and running across all the 1680 primaries?",
            "The written answer gives the number of primary schools the PINS programme is to "
            "support, a plan, not how many so far.",
        ),
        (
            "has the pins programme been properly implemented in every one of the 1680 schools",
            "The written answer doesn't say whether the pins programme has been properly "
            "implemented in every one of the 1680 schools.",
        ),
    ],
)
def test_running_everywhere_is_not_said_by_a_plan_to_reach_them(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    # "to support up to 1680 primary schools" is a plan, not that it runs in every one
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "pins-primary-schools"
    assert reply.missing == missing


def test_running_everywhere_is_said_by_a_fact_saying_all(single_source_index: FactIndex) -> None:
    question = "has the supported internships offer been rolled out to all local authorities"
    assert_answered_with(single_source_index, question, "supported-internships-all-las")


FURTHER_ONLY = (
    "The written answer gives the further funding to train education psychologists, a sum on "
    "top of earlier money; it doesn't say how much came before it or the total."
)


def test_the_money_before_a_further_sum_is_not_that_sum(single_source_index: FactIndex) -> None:
    # "a further £21 million" says there was money before it, not how much
    reply = answer(
        single_source_index, "what had the department put into EP training prior to the extra £21m"
    )
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "educational-psychologists-funding"
    assert reply.missing == FURTHER_ONLY
    funding = "educational-psychologists-funding"
    assert_answered_with(single_source_index, "how much is the further EP training money", funding)


@pytest.mark.parametrize(
    "question",
    [
        "which other bodies belong to the internships work consortium besides the leader",
        "who else is in the internships work consortium apart from the lead organisation",
    ],
)
def test_the_others_besides_the_leader_named_by_role(
    shipped_index: FactIndex, question: str
) -> None:
    # "led by the National Development Team for Inclusion" names the lead, no other member
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "internships-work-consortium"
    assert reply.missing == "The written answer names only who leads it, not the others."


def test_what_one_does_points_back_to_the_thing_asked(shipped_index: FactIndex) -> None:
    # "what does one do" asks what the taskforce named before does, as "what does it do" does
    reply = answer(shipped_index, "what is an AP specialist taskforce and what does one do")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing == (
        "The written answer mentions AP specialist taskforce but doesn't explain what it is or "
        "how it works."
    )


def test_what_a_sum_did_for_those_it_went_to(shipped_index: FactIndex) -> None:
    # "will receive a 3.4% increase" says what they were to get, not what it did for them
    reply = answer(
        shipped_index, "did the 3.4 percent rise help special schools balance their books"
    )
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "special-schools-budget-increase-2023-24"
    assert reply.missing == (
        "The written answer doesn't say what difference it has made; it says what is planned."
    )
    # what the department did is still told
    assert_answered_with(
        shipped_index,
        "has the government helped local authorities improve their supported internship offers",
        "supported-internships-all-las",
    )


def test_outcomes_the_department_says_it_delivers_are_its_claim(
    single_source_index: FactIndex,
) -> None:
    # "good outcomes for children" here is what the department says it is delivering, not
    # what came of something for them
    question = "what does the dept claim about delivering the plan and good outcomes for children"
    assert_answered_with(single_source_index, question, "department-delivering-plan")
