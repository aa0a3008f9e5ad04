"""On-topic questions the sources do not answer, however they are worded, get a partial reply
saying what is missing, never a fact presented as the answer: a verdict asked with the thing
judged named ("a decent rise considering ..."), what a long-named scheme achieved, whether a
scheme is "done now", which body will run a scheme, when the *next* publication comes (of a
fact dating an earlier one), what people said at events, what a total is split into, what
plans "they'll set out" hold, and whether the asker's own child's plan or support will
change. The answerable neighbours of each stay answered."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.promised_only import asked_event
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("which charity will run the PINS programme", Intent.PERSON),
        ("what provider is delivering the early years SENCO training", Intent.PERSON),
        ("is 4.3% a decent rise considering inflation", Intent.JUDGEMENT),
        ("is £13m a fair sum given how many schools there are", Intent.JUDGEMENT),
        (
            "what did the £13 million neurodiversity programme for primary schools achieve",
            Intent.OUTCOME,
        ),
        ("is my daughter's EHCP going to be changed by the reforms", Intent.CASE),
        ("will my son's support be reduced under the change programme", Intent.CASE),
    ],
)
def test_what_is_asked(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what is PINS meant to achieve", Intent.OUTCOME),  # its purpose
        ("what increase was given to special schools", Intent.JUDGEMENT),
        ("my son's EHCP was changed last year, how many EHCPs are there", Intent.CASE),
    ],
)
def test_not_what_is_asked(question: str, intent: Intent) -> None:
    assert analyse(question).intent is not intent


def test_done_now_asks_whether_it_has_ended() -> None:
    asked = asked_event("is the early years SENCO training all done now?")
    assert asked is not None and asked.event == "ended"
    assert asked_event("has anything been done yet") is None  # something done, not an end


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("which charity will run the PINS programme", "doesn't name the charity"),
        ("is 60% a generous rise given how fast demand is growing", "judgement"),
        ("is the change programme all done now", "doesn't say it has ended"),
        (
            "what did the £3 million internships pilot for young people without a plan achieve",
            "results",
        ),
        (
            "when is the next update to the improvement plan going to be published",
            r"when it was published \(March 2023\), not when",
        ),
    ],
)
def test_not_answered_from_one_source(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_when_the_plan_itself_came_out_is_still_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "when will the improvement plan be published",
        "document-plan-published",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what did people tell ministers at the listening sessions", "results or findings"),
        ("what is the £59.6 billion for schools split into", "a total, not a breakdown"),
        (
            "what are the reform plans they'll set out later this year, concretely",
            "no answer here says what they contain",
        ),
        (
            "we live in Bedford, is my son's EHCP going to change because of the change programme",
            "any one person's case",
        ),
    ],
)
def test_not_answered_from_many_sources(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)
