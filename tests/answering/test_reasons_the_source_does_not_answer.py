"""On-topic questions the written answers do not answer, asked in words the intent rules had
left unread: one child's own case ("can her school get PINS support"), whether the asker may take
part ("how do i sign up", "a TA like me"), a verdict ("which is better", "to blame", "a bad
sign", "the right call"), what ministers will decide ("are they going to extend it", "is the
threshold going to change", "any more planned after the 15"), and what came of something ("will
it lead to faster ...", "has the evaluation found anything yet", "got anyone into paid jobs").
Each is partial, saying plainly what the source does not give, or declined: never a related fact
shown as the answer. The phrasings are new, not taken from any labelled set; the questions the
same words leave answered are checked too."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

_CASE = "can't say what will happen in any one person's case"
_ELIGIBLE = "doesn't say who is eligible"
_OPINION = "not anyone's opinion of it"
_NEXT = "doesn't say what will happen next"
_RESULTS = "doesn't report results"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # one child's own case
        ("my boy is 10 and autistic, could his school get onto PINS?", Intent.CASE),
        ("will her new college give her a supported internship", Intent.CASE),
        ("my son is 11, can he get assessed by one of the extra EPs", Intent.CASE),
        ("could we get a place on the npq for sencos this year", Intent.CASE),
        ("could i refer my daughter to the ap specialist taskforce", Intent.CASE),
        # whether the asker may take part
        ("can i as a grandparent come to a listening session", Intent.ELIGIBILITY),
        ("how can we sign up for the autism awareness training", Intent.ELIGIBILITY),
        ("how do i actually register for the npq for sencos", Intent.ELIGIBILITY),
        ("can a childminder like me do the early years senco training", Intent.ELIGIBILITY),
        # a verdict
        (
            "which is best for an autistic 6 year old, mainstream or a special school",
            Intent.OPINION,
        ),
        ("is the government to blame for council send deficits", Intent.OPINION),
        ("is the ap taskforce extension a good sign for alternative provision", Intent.OPINION),
        ("was it the wrong decision to fund only primary schools in pins", Intent.OPINION),
        # what is still to be decided
        (
            "are ministers going to extend the supported internship pilot to everyone",
            Intent.PREDICTION,
        ),
        ("is the high needs formula going to change next year", Intent.PREDICTION),
        ("any further special schools coming after the 15 announced", Intent.PREDICTION),
        # what came of it
        ("will the neurodiversity in schools programme lead to fewer exclusions", Intent.OUTCOME),
        ("has the independent evaluation of pins found anything so far", Intent.OUTCOME),
        ("has the autism training changed anything for pupils", Intent.OUTCOME),
        ("has the supported internships grant helped any young people into work", Intent.OUTCOME),
    ],
)
def test_the_reason_is_read_from_the_wording(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


def test_findings_are_asked_when_anything_found_is(single_source_index: FactIndex) -> None:
    assert analyse("has the independent evaluation of pins found anything so far").findings
    assert analyse("did the senco training change anything in schools").findings
    # What an evaluation will look at is not asked as findings.
    assert not analyse("what will the pins evaluation look at").findings


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("my boy is 10 and autistic, could his school get onto PINS?", _CASE),
        ("will her new college give her a supported internship", _CASE),
        ("my son is 11, can he get assessed by one of the extra educational psychologists", _CASE),
        ("could we get a place on the npq for sencos this year", _CASE),
        ("could i refer my daughter to the ap specialist taskforce", _CASE),
        ("how can we sign up for the autism awareness training", _ELIGIBLE),
        ("how do i actually register for the npq for sencos", _ELIGIBLE),
        ("can a childminder like me do the early years senco training", _ELIGIBLE),
        ("is the ap taskforce extension a good sign for alternative provision", _OPINION),
        ("was it the wrong decision to fund only primary schools in pins", _OPINION),
        ("are ministers going to extend the supported internship pilot to everyone", _NEXT),
        ("is the high needs formula going to change next year", _NEXT),
        ("any further special schools coming after the 15 announced", _NEXT),
        ("will the neurodiversity in schools programme lead to fewer exclusions", _RESULTS),
        ("has the supported internships grant helped any young people into work", _RESULTS),
        ("which is best for an autistic 6 year old, mainstream with PINS or a special school", ""),
        ("is the government to blame for council send deficits", ""),
        ("has the autism training changed anything for pupils", ""),
    ],
)
def test_one_source_says_what_it_does_not_give(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("can i as a grandparent come to a listening session on the white paper", _ELIGIBLE),
        ("is the government to blame for council send deficits", _OPINION),
        ("will her new college give her a supported internship", _CASE),
        # What an evaluation will explore is not what it has found.
        (
            "has the independent evaluation of pins found anything so far",
            "doesn't report results or findings; it says what is planned or expected",
        ),
        (
            "has the change programme evaluation shown any results yet",
            "doesn't report results or findings; it says what is planned or expected",
        ),
        ("are ministers going to extend the supported internship pilot to everyone", _NEXT),
    ],
)
def test_many_sources_say_what_they_do_not_give(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A plan the source gives, asked with "more ... planned" but not "after" those given.
        ("how many more special free schools are planned?", "special-free-schools-approved"),
        # What an evaluation is for, asked with "lead to" but no result named.
        (
            "will the change programme evaluation lead to recommendations",
            "change-programme-evaluation-purpose",
        ),
        ("what will the pins evaluation look at", "pins-evaluation-scope"),
        # What is being done to get interns into jobs, not what came of it.
        (
            "how is the government helping interns get into paid jobs",
            "supported-internships-all-las",
        ),
        # "going to" of a number the source plans.
        (
            "how many primary schools is the PINS programme going to support?",
            "pins-primary-schools",
        ),
        ("how many children has the apst supported so far", "ap-specialist-taskforce-reach"),
    ],
)
def test_what_the_same_words_still_answer(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_the_change_programme_is_no_change_to_come() -> None:
    assert analyse("will the change programme carry on after 2025").intent is not Intent.OPINION
    assert analyse("will the change programme report next year").intent is not Intent.PREDICTION


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # A total asked to include something the fact does not name.
        (
            "what is the total high needs budget including SEN transport",
            "doesn't give a figure including SEN transport",
        ),
        (
            "what's total SEND funding incl. mental health support",
            "doesn't give a figure including mental health support",
        ),
        # What is spent on a thing, with "in total" or "overall" before it is named.
        (
            "how much is the government spending in total on the autism training",
            "doesn't give a figure for autism training",
        ),
    ],
)
def test_a_different_total_is_told_so(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_what_a_total_includes_when_the_fact_names_it(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    # The plan the fact's funding backs, named as included.
    assert_answered_with(
        single_source_index,
        "how much in total is going into send including the ap improvement plan",
        "high-needs-funding-2024-25",
    )
    # "the increase" the fact gives, asked of as included in its total.
    assert_answered_with(
        shipped_index,
        "what is total high needs funding in 2023/24 including the increase",
        "high-needs-total-2023-24",
    )
    assert analyse("how much is govt spending overall on the new npq senco").kinds == (
        ("npq senco", "what is spent on npq senco"),
    )


@pytest.mark.parametrize(
    "question",
    [
        "how much does it cost a council to be in the change programme",
        "what would it cost our trust to be part of PINS",
        "how much are nurseries expected to pay for the early years senco training",
        "what are councils supposed to contribute to the supported internship grants",
    ],
)
def test_a_cost_to_those_taking_part_is_read_as_one(question: str) -> None:
    assert analyse(question).intent is Intent.COST


def test_a_cost_to_a_council_taking_part_is_not_given(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "how much does it cost a council to be in the change programme",
        "doesn't give a cost to families, schools or anyone else",
    )
    # What the money is meant to pay for is no cost asked.
    assert analyse("what is the high needs money meant to pay for").intent is not Intent.COST


def test_what_those_taking_part_said_is_asked_as_findings(shipped_index: FactIndex) -> None:
    assert analyse("what did the councils in the change programme feed back").findings
    assert analyse("what have families told the department at the listening events").findings
    # What the written answer said is its own words, not findings.
    assert not analyse("what did they say the new framework is supposed to give teachers").findings
    assert_not_answered(
        shipped_index,
        "what did the councils in the change programme feed back",
        "doesn't report results or findings; it says what is planned or expected",
    )
