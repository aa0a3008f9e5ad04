"""On-topic questions the written answer cannot answer, of kinds that were still answered with
a fact, or told something untrue or beside the point: a deadline ("is there a cut-off date",
"by what date do they have to", "when do schools need to sign up by"), a split by a kind the
asker names ("by age group", "primary versus secondary") or by place, where something works,
what it led to, whether a figure is as good as it sounds, and whether one young person described
at length may join. Each is declined, or partial saying truly what the source does not give;
questions that look alike but the source answers are still answered.

Measured against the frozen single-source knowledge base.
"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        # A deadline, however put: not a verdict ("is there a cut-off"), nor the date the
        # fact gives of something else.
        (
            "is there a cut-off date for primaries to join PINS",
            "pins-primary-schools",
            r"doesn't give an end date or deadline",
        ),
        (
            "teacher trainer here - by what date do ITT providers have to have the new SEND "
            "content in place?",
            "itt-ecf-send-content",
            r"announced \(January 2024\), not when it ends or any deadline",
        ),
        (
            "when do schools need to sign up for pins by",
            "pins-primary-schools",
            r"doesn't give an end date or deadline",
        ),
        # A split by a kind the asker names, said back as they name it.
        (
            "AP taskforce 4000 children by age group?",
            "ap-specialist-taskforce-reach",
            r"gives a total, not a breakdown by age group",
        ),
        (
            "how are the 76 free schools spread by age range",
            "special-free-schools-approved",
            r"gives a total, not a breakdown by age range",
        ),
        # A split asked as a request ("can I get"), not anyone's own case; and places named
        # after the split ("breakdown of ... by region").
        (
            "can I get the £10.5bn broken down by local authority",
            "high-needs-funding-2024-25",
            r"gives a total, not a breakdown by area",
        ),
        (
            "breakdown of the 23 inspection reports by region",
            "inspection-reports-published",
            r"not a breakdown by area",
        ),
        (
            "can u give me the 1680 pins schools by county",
            "pins-primary-schools",
            r"not a breakdown by area",
        ),
        # Two kinds set against each other: a figure for each, not an explanation of a
        # difference; two years said before the split make it one by year.
        (
            "how many of the 5000 early years practitioners were childminders vs nursery staff",
            "early-years-senco-training",
            r"gives a total, not how many of each",
        ),
        (
            "how many eps trained in 2024 vs 2025, how is the 400 split",
            "educational-psychologists-trainees",
            r"not a breakdown by year",
        ),
        # Where it works, asked with "what areas does".
        (
            "what areas does the AP specialist taskforce work in",
            "ap-specialist-taskforce-reach",
            r"doesn't name the areas",
        ),
        # What it led to: a result, not its purpose.
        (
            "did the early years SENCO training lead to earlier identification",
            "early-years-senco-training-purpose",
            r"doesn't report results",
        ),
        (
            "has the early years senco training led to earlier identification of send",
            "early-years-senco-training-purpose",
            r"doesn't report results",
        ),
        # Whether a figure is as good as it sounds: a verdict.
        (
            "is the 60% rise as good as it sounds",
            "high-needs-budget-increase",
            r"doesn't make that judgement",
        ),
        (
            "is £70m as generous as it looks",
            "change-programme",
            r"doesn't make that judgement",
        ),
        (
            "does the 60% rise sound better than it really is",
            "high-needs-budget-increase",
            r"doesn't make that judgement",
        ),
        # One young person, described at length, asking to join.
        (
            "can my 19 year old without an EHCP join the supported internship pilot? he's "
            "desperate to get a job",
            "supported-internships-pilot",
            r"says whom it is for, not whether any one person can take part",
        ),
    ],
)
def test_what_the_source_does_not_give_is_said(
    single_source_index: FactIndex, question: str, fact_id: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id, reply.text
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A start, an end and a date the source gives.
        ("when was PINS announced", "pins-programme"),
        ("when does the new npq senco start", "npq-senco"),
        ("when does the ap taskforce run until", "ap-specialist-taskforce-extension"),
        # A count it gives, and what it is for.
        ("how many children has the AP taskforce reached", "ap-specialist-taskforce-reach"),
        (
            "what is the early years senco training meant to do",
            "early-years-senco-training-purpose",
        ),
        ("who is the supported internships pilot for", "supported-internships-pilot"),
        # The period a figure is over, which it says.
        ("is the 60% rise over five years", "high-needs-budget-increase"),
        ("who is the change programme working with", "change-programme-partners"),
    ],
)
def test_what_the_source_gives_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "what will local authorities do with it" asks what they will do, not their names
        ("what will local authorities do with the £1 billion extra send money", Intent.OTHER),
        # a cost to the asker's family, however the child is described
        (
            "Would my son have to pay anything to do a supported internship, like travel or fees?",
            Intent.COST,
        ),
        # "the dept's overall claim" asks what it claims, not what a claim is
        ("whats the dept's overall claim, the bit about good outcomes", Intent.OTHER),
        # "and by which year": when a figure is reached, not a deadline
        (
            "what did the IFS question answer say the core schools budget will reach, and by "
            "which year?",
            Intent.DATE,
        ),
    ],
)
def test_questions_near_these_kinds_keep_their_reading(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    ("question", "breakdown"),
    [
        # "vs" a year or "back then" compares over time: no split asked
        ("how many children are in special schools vs back in 2015/16", None),
        ("how many of the 1,500 new places are primary vs secondary", "between them"),
        ("breakdown of the 100,000 professionals by job role?", "by job role"),
        (
            "break down the 200,000 special school pupils by type of special school",
            "by type of special school",
        ),
    ],
)
def test_the_split_asked_is_read(question: str, breakdown: str | None) -> None:
    assert analyse(question).breakdown == breakdown
