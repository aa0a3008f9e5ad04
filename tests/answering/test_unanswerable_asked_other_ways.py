"""On-topic questions the written answer cannot answer, asked in the ways people ask them: over
what period the money runs, whether one child can get a place or help, whether the asker's own
MP asked, when those being trained qualify or something announced starts, whether it will work,
what came of those reached, and a motive imputed. Each gets a partial reply saying truly what
the source does not give, or a refusal: never the related fact as the answer.

Measured against the frozen single-source knowledge base.
"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        # The period a sum covers, asked with the period named first: the PINS fact dates only
        # its announcement, the Change Programme's only its launch.
        (
            "what time period is the £13m neurodiversity in schools money for",
            "pins-programme",
            r"doesn't say over what period",
        ),
        (
            "what years does the £70 million change programme run for",
            "change-programme",
            r"doesn't say over what period",
        ),
        # One child's place or help, whoever the child is said to be.
        (
            "my lad is 17 with no ehc plan, could he get onto the supported internship pilot",
            "supported-internships-pilot",
            r"any one person's case",
        ),
        (
            "could my 14 year old at the pru get support from the ap taskforce",
            "ap-specialist-taskforce-reach",
            r"any one person's case",
        ),
        # When those being trained qualify, and when an announced change starts.
        (
            "when will the extra educational psychologists be fully qualified",
            "educational-psychologists-trainees",
            r"not when they will qualify",
        ),
        (
            "when does the new send content in teacher training actually begin",
            "itt-ecf-send-content",
            r"announced \(January 2024\), not when it comes in",
        ),
        # Whether it will work, or has, by what came of it.
        (
            "will the ofsted cqc inspections make local authorities do better",
            "local-area-inspections",
            r"doesn't report results",
        ),
        (
            "are ep waiting lists coming down since the £21m",
            "educational-psychologists-funding",
            r"doesn't report results",
        ),
        (
            "how are the 4,000 young people the ap taskforce reached doing at the moment",
            "ap-specialist-taskforce-reach",
            r"not what came of them",
        ),
        # A motive imputed is an opinion, not a fact the department gives.
        (
            "is the £70m change programme just an excuse to delay reform",
            "change-programme",
            r"not anyone's opinion",
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
    "question",
    ["did my own mp put this question", "was it a green party mp asking"],
)
def test_whether_the_askers_own_mp_asked_is_who_asked(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, r"doesn't say who asked")


def test_what_the_mp_asked_and_a_period_the_source_gives_are_still_answered(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(single_source_index, "what did the mp ask", "document-question")
    assert_answered_with(
        single_source_index,
        "when will the extra educational psychologists be trained",
        "educational-psychologists-trainees",
    )
    assert_answered_with(
        single_source_index, "when did the change programme start", "change-programme"
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # A verdict asked in other words: "actually good", "good once you factor in", "or is
        # it box ticking", the bot's own view.
        (
            "is a 60% rise actually good once you factor in inflation and rising numbers",
            r"doesn't make that judgement",
        ),
        (
            "is a 60% rise good once you factor in inflation and rising demand",
            r"doesn't make that judgement",
        ),
        (
            "will the new inspections really hold councils to account or is it box ticking",
            r"doesn't make that judgement",
        ),
        (
            "would you say the npq senco is better than the old award",
            r"doesn't make that judgement",
        ),
        # The year before the one the figure is for.
        (
            "how many special schools opened the academic year before this one",
            r"not the academic year before this one",
        ),
    ],
)
def test_a_verdict_or_an_earlier_year_is_not_answered_by_the_figure(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)
    assert answer(single_source_index, question).outcome is Outcome.PARTIAL


def test_what_the_rise_was_is_still_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "how much has the high needs budget gone up",
        "high-needs-budget-increase",
    )
