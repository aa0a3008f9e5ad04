"""On-topic questions the fifteen shipped written answers cannot answer, asked as people asked
them in round 25's development sets: how a sum is divided up, the figures a survey gave, what a
group recommended or how councils did in inspections, whether a decision was a good thing, how
many of those counted have something the count does not name, what comes after the last year a
fact speaks of, who else is in a group besides its leader, what promised reforms will be, who
held an office before, and a place named with its "'s" left out ("surreys"). Each gets a
partial reply saying truly what the sources do not give: never the related fact as the answer.
Their look-alikes that the sources do answer still get their fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        # A total, asked how it is split: "the pounds 13 million pins money" is six words long.
        (
            "how is the £13m pins money divided up",
            "pins-programme",
            "The written answer gives a total, not a breakdown by type.",
        ),
        (
            "what is the £13m pins money spent on, breakdown",
            "pins-programme",
            "The written answer gives a total, not a breakdown by type.",
        ),
        (
            "how was the £1bn high needs increase shared between all the councils",
            "high-needs-increase-2025-26-warwickshire-answer",
            "The written answer gives a total, not a breakdown by area.",
        ),
        # The figures a survey gave, of a fact saying only what it asked for.
        (
            "what numbers did the capacity survey give for forecast specialist demand",
            "school-capacity-survey-special-schools",
            "The written answer doesn't give the figures themselves.",
        ),
        # What came of a group's work or of inspections, of facts saying they exist.
        (
            "what did the neurodivergence task and finish group recommend",
            "neurodivergence-task-and-finish-group",
            "The written answer doesn't report results or findings; it says what has been done.",
        ),
        (
            "how did councils do in the 23 ofsted cqc send inspections",
            "inspection-reports-published",
            "The written answer doesn't report results or findings; it says what has been done.",
        ),
        # A verdict, which no written answer gives.
        (
            "is delaying the white paper a good thing or not",
            "schools-white-paper-early-new-year",
            # (The White Paper's timing names no sum: nothing "spent" is said.)
            "The written answer doesn't make that judgement; it says what is being done.",
        ),
        (
            "was the change programme a waste of 70m",
            "change-programme",
            "The written answer doesn't make that judgement; it says what is being done and spent.",
        ),
        # Of what councils do, not the department: it is not said to be the department's doing.
        (
            "is the council allowed to take a cut of high needs funding before it gets to schools?",
            "councils-responsible-for-ehcp-provision",
            "The written answer doesn't make that judgement; it says what is being done.",
        ),
        # Those with something, of a count of all pupils in special schools.
        (
            "how many kids with SEMH needs are in special schools",
            "pupils-in-special-schools-2024-25",
            "The written answer doesn't count those with SEMH.",
        ),
        # After the last year the fact speaks of ("into next year").
        (
            "does the extra £1bn high needs money stop after next year?",
            "high-needs-increase-continued-2026-27",
            None,
        ),
        # What came out of it, of a fact saying early insights will be shared.
        (
            "what early insights have come out of the change programme",
            "change-programme-reach-feedback-loop",
            "The written answer doesn't report results or findings; it says what is planned or "
            "expected.",
        ),
        # The others in a group, of a fact naming only who leads it (by its initials too).
        (
            "who else is in the internships work consortium apart from NDTi",
            "internships-work-consortium",
            "The written answer names only who leads it, not the others.",
        ),
        (
            "which orgs are in the internships work consortium apart from the national "
            "development team for inclusion",
            "internships-work-consortium",
            "The written answer names only who leads it, not the others.",
        ),
        # What promised reforms will be, of the promise of a white paper.
        (
            "what are the actual send reforms going to be in the white paper",
            "schools-white-paper-early-new-year",
            "The written answer of 21 November 2025 says they were expected early in the new "
            "year; no answer here says what they contain.",
        ),
        # A former office-holder the answer mentions, of who answered it.
        (
            "who was the former minister for school standards mentioned in the white paper answer",
            "wp-2025-11-21-answered-by",
            "The written answer gives who answered, not who held the earlier office it mentions.",
        ),
        # Surrey's increase, of England's.
        (
            "how much did surreys high needs block go up in 2025/26",
            "high-needs-increase-2025-26",
            "The written answer gives figures for England as a whole, not for Surrey.",
        ),
    ],
)
def test_what_the_sources_do_not_give_is_said(
    shipped_index: FactIndex, question: str, fact_id: str, missing: str | None
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    if missing is None:  # said by the newest-figure check, which reads "next year" by the clock
        missing = reply.missing or ""
        assert "next year" in missing
    assert reply.missing == missing
    assert reply.fact is not None and reply.fact.id == fact_id
    assert reply.text.startswith(missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how much did warwickshires high needs block go up",
            "warwickshire-high-needs-increase-2025-26",
        ),
        ("how much is the change programme worth", "change-programme"),
        ("who leads the internships work consortium", "internships-work-consortium"),
        # SEND is what every answer is about: no part of the count
        ("how many pupils with SEND are in special schools", "pupils-in-special-schools-2024-25"),
    ],
)
def test_what_the_sources_do_give_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_what_figures_a_survey_collects_is_not_read_as_its_figures(
    shipped_index: FactIndex,
) -> None:
    # "collect" asks what is gathered, which the fact describing the survey says
    reply = answer(shipped_index, "what figures does the school capacity survey collect")
    assert reply.missing != "The written answer doesn't give the figures themselves."
