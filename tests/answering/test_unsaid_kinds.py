"""On-topic questions asking for something the closest fact does not hold, by kind: a final
report past interim findings, when something stops, feedback from those taking part, the
department's own assessment, a split by region, which body delivers a thing, who held an office
at the time, what an evaluation beside a programme costs, how a funding formula works, what the
answer gave when only the question put asked for it, whether a pilot finished, a town the
answer does not speak for. Each is told, in one sentence, what the written answer does not give
(or declined), never given the close fact as its answer; and a question on the same topic that
the fact does answer is still answered."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # the final report, asked past the interim findings the answer expects
        ("when is the final (not interim) PINS evaluation report due?", "not a final report"),
        ("when will the final (not interim) pins evaluation report be out", "not a final report"),
        # when a level of funding said to continue stops
        (
            "the Feb 2026 answer says the higher high needs funding continues next year - "
            "but when does it stop?",
            "not when it ends",
        ),
        (
            "how long will the increased level of high needs funding carry on for",
            "not when it ends",
        ),
        ("how long does the higher level of high needs funding keep going", "not when it ends"),
        # feedback from those taking part, of a fact saying what was done or planned
        (
            "what feedback have practitioners given on the early years SENCO training",
            "doesn't report results or findings",
        ),
        ("any feedback from teachers on the autism training?", "doesn't report results"),
        ("feedback from SENCOs on the new NPQ?", "doesn't report results"),
        ("what did practitioners feed back about the EY SENCO training", "doesn't report results"),
        # the department's own assessment
        (
            "what was dfe's value-for-money assessment of EPs? the nov 2023 question asked for one",
            "department's assessment",
        ),
        ("whats the dfe's actual assessment of ep value for money", "department's assessment"),
        # trends, and a figure the question put asked for
        (
            "what are the recent trends in send pupils' performance that gould was asked about",
            "doesn't describe the trends",
        ),
        (
            "the IFS question asked about SEN debt in councils - what figure for council SEN "
            "debt did the govt give?",
            "doesn't give a figure for council SEN debt",
        ),
        # a split by region or council
        ("regional split of the 76 special free schools approved?", "not a breakdown by area"),
        ("the 4000 AP taskforce kids - regional split?", "not a breakdown by area"),
        ("what's the regional spread of the 32 change programme LAs", "not a breakdown by area"),
        ("can u break the £1bn high needs increase down by council", "not a breakdown by area"),
        # which body delivers it
        ("which organisation delivers the new NPQ for SENCOs?", "doesn't name the organisation"),
        ("which provider delivers the new senco npq", "doesn't name the provider"),
        ("which company runs the supported internships pilot", "doesn't name the company"),
        # who held an office at the time, of a record of who answered and when
        (
            "who was education secretary when the £1bn high needs answer came out in april 2025?",
            "who was education secretary at the time",
        ),
        (
            "who was education secretary when coutinho answered the special schools funding q",
            "who was education secretary at the time",
        ),
        (
            "who was the secretary of state for education when the top slicing question was "
            "answered",
            "who was secretary of state for education at the time",
        ),
        # what an evaluation or event beside a programme costs
        ("how much is the independent evaluation of the change programme costing", "amount"),
        ("what are the white paper listening sessions costing", "listening sessions cost"),
        ("did they ever say what PINS costs to evaluate", "what the evaluation costs"),
        # how a funding formula works
        (
            "how does the high needs national funding formula actually work - what factors go in?",
            "doesn't explain how the high needs national funding formula works",
        ),
        (
            "what factors go into the high needs funding formula",
            "doesn't explain how the high needs funding formula works",
        ),
        # whether a pilot finished, or a framework is rolled out
        (
            "has the supported internships pilot for young people without EHCPs been completed",
            "doesn't say it has ended",
        ),
        (
            "did the supported internships pilot for young ppl without EHCPs actually finish in "
            "march 2025 or get extended?",
            "doesn't say it has ended",
        ),
        (
            "is the new ITT framework with the SEND content fully rolled out and finished now?",
            "whether it has been rolled out",
        ),
        # a decision still to come, past what was done or planned
        (
            "will the govt approve more special free schools beyond the 76",
            "doesn't say what will happen next",
        ),
        (
            "after the pilot, will supported internships be opened up to all young people "
            "without an EHCP nationally?",
            "doesn't say what will happen next",
        ),
        # who heads a body the fact only names
        ("who's the head of the autism education trust", "doesn't name the head"),
        # a town the answer does not speak for
        (
            "is there a new special free school planned in Rugby? Pawsey asked about demand so I "
            "thought there might be",
            "not for Rugby",
        ),
        ("are any of the 76 new special free schools in nuneaton", "not for Nuneaton"),
    ],
)
def test_what_the_fact_does_not_hold_is_said(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when are the interim PINS findings due?", "pins-interim-findings-autumn-2025"),
        (
            "is the higher high needs funding continuing next year?",
            "high-needs-increase-continued-2026-27",
        ),
        ("when does the AP specialist taskforce run until", "ap-specialist-taskforce-extension"),
        (
            "the feb 2024 answer says the AP specialist taskforce was extended - when does it end?",
            "ap-specialist-taskforce-extension",
        ),
        ("when does the supported internships pilot end", "supported-internships-pilot"),
        (
            "how many practitioners have registered for the early years SENCO training",
            "early-years-senco-training",
        ),
        (
            "what will the change programme partnerships feed back on",
            "change-programme-partnership-feedback",
        ),
        ("what did the IFS question ask?", "ifs-2025-06-16-question"),
        ("how many special free schools have been approved", "special-free-schools-approved"),
        ("which body provides the autism awareness training", "autism-awareness-training"),
        ("who answered the top slicing question", "top-slicing-2026-02-26-answered-by"),
        ("when was the £1bn high needs answer given", "hn-2025-04-29-answered-date"),
        ("how much is the change programme worth", "change-programme"),
        ("how many more EPs will be trained", "educational-psychologists-trainees"),
        ("who provides the autism awareness training", "autism-awareness-training"),
        ("how much is the supported internships pilot", "supported-internships-pilot"),
        (
            "how is each council's high needs allocation worked out",
            "warwickshire-high-needs-increase-2025-26",
        ),
        ("how much high needs funding does warwickshire get", "warwickshire-high-needs-2025-26"),
        (
            "i'm in warwickshire (rugby) - how much did our high needs block go up by vs 2024/25?",
            "warwickshire-high-needs-increase-2025-26",
        ),
        (
            "the rugby mp's answer mentioned billions for new specialist places, how much and over "
            "what years",
            "specialist-places-investment-2022-2025",
        ),
    ],
)
def test_a_question_the_fact_answers_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "was this a good answer from the minister or did he dodge the question",
        "was the minister's answer a bit of a dodge tbh",
        "honestly was the reply evasive",
    ],
)
def test_a_verdict_on_the_answer_is_not_answered_with_who_gave_it(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, "not anyone's opinion")


def test_who_gave_the_answer_is_still_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(single_source_index, "who answered the question", "document-answered-by")
