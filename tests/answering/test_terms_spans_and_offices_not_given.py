"""Unanswerable questions that were answered with a fact, as round 26 found them in the
development sets: a term quoted from the source and asked to be explained with more words after
the quote ("what is 'adaptive teaching' in the ITTECF"), or with "anyway" at the end; a rise
asked over another span of years than the fact's ("over 10 years" of one over five); a total
over all the years, of one year's sum; the one figure the question sets aside ("not the 3m
pilot one"); more of the same to come ("are they planning to raise it again next year"); where
things are "going"; the forecast itself, or the department's own assessment, of facts giving
neither; what something will mean for the asker's own case; and the name of the Secretary of
State a question was put to, of the department's record. Each gets a partial saying what the
source does not give, with the closest fact; the look-alikes the source does answer still get
their fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with

_WHAT_COMES_NEXT = (
    "The written answer doesn't say what will happen next; it reports what has been done and "
    "planned."
)


_ONE_CASE = (
    "The written answer can't say what will happen in any one person's case; it speaks for "
    "England as a whole."
)


def _assert_partial(index: FactIndex, question: str, fact_id: str, missing: str) -> None:
    reply = answer(index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing == missing, (question, reply.missing)
    assert reply.fact is not None and reply.fact.id == fact_id, (question, reply.text)
    assert reply.text.startswith(missing)


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        # A quoted term, then where the asker saw it: the words after the quote ask nothing else.
        (
            "what is 'adaptive teaching' in the new teacher framework",
            "ittecf-adaptive-teaching-send",
            "The written answer doesn't explain what adaptive teaching is.",
        ),
        (
            "whats “resourced provision” in a mainstream secondary",
            "school-capacity-survey-special-schools",
            "The written answer doesn't explain what resourced provision is.",
        ),
        (
            "what's a 'process and implementation evaluation' when it's at home",
            "change-programme-independent-evaluation",
            "The written answer doesn't explain what a process and implementation evaluation is.",
        ),
        (
            "will the 3.4% uplift for special schools be repeated",
            "special-schools-budget-increase-2023-24",
            _WHAT_COMES_NEXT,
        ),
        # Where things go, asked "where are they going", of a fact naming no places.
        (
            "where are the 15 new spring budget special free schools going",
            "spring-budget-2024-special-free-schools",
            "The written answer doesn't say where; it names no places.",
        ),
        # The forecast itself, of a fact saying only that the survey asked for one.
        (
            "what do councils forecast for specialist demand in the capacity survey",
            "school-capacity-survey-special-schools",
            "The written answer doesn't give the figures themselves.",
        ),
        # The department's own assessment, of a fact that assesses nothing.
        (
            "what assessment has the department made of educational psychologists' value for money",
            "educational-psychologists-critical-role",
            "The written answer doesn't give the department's assessment of that.",
        ),
    ],
)
def test_a_quoted_term_asked_to_be_explained_is_not_answered_by_naming_it(
    shipped_index: FactIndex, question: str, fact_id: str, missing: str
) -> None:
    _assert_partial(shipped_index, question, fact_id, missing)


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        (
            "what is the 'universal training offer' the AET training is part of?",
            "autism-awareness-training",
            "The written answer doesn't explain what the universal training offer is.",
        ),
        (
            "what does 'evidence-based' actually mean here, for the new npq",
            "npq-senco-purpose",
            "The written answer doesn't explain what evidence based is.",
        ),
        # "anyway" tagged on: the term asked is "early career framework", not "... anyway".
        (
            "what's the early career framework anyway",
            "itt-ecf-send-content",
            "The written answer doesn't explain what the early career framework is.",
        ),
        # A rise over another span of years than the fact's five.
        (
            "how much has the high needs budget risen over ten years",
            "high-needs-budget-increase",
            "The written answer gives the increase in the high needs budget over five years, "
            "not over 10 years.",
        ),
        (
            "whats the high needs increase over the last 10 years",
            "high-needs-budget-increase",
            "The written answer gives the increase in the high needs budget over five years, "
            "not over 10 years.",
        ),
        # A total over every year, of one year's sum.
        (
            "what does the improvement plan cost in total over all the years",
            "high-needs-funding-2024-25",
            "The written answer gives the funding backing the SEND and AP Improvement Plan in "
            "2024/25, not a total over all the years.",
        ),
        # More to come, after what the source gives.
        (
            "are they planning to increase high needs funding again next year",
            "high-needs-funding-2024-25",
            _WHAT_COMES_NEXT,
        ),
        (
            "will there be any more AP free schools opening",
            "special-schools-opened",
            _WHAT_COMES_NEXT,
        ),
        (
            "will they open the npq to more sencos next year",
            "npq-senco",
            _WHAT_COMES_NEXT,
        ),
        # The figure the question sets aside at its end.
        (
            "what did the grant to every LA for supported internships come to (not the 3m "
            "pilot one)",
            "supported-internships-pilot",
            "The written answer gives only the funding to pilot extending Supported Internships, "
            "the figure the question sets aside.",
        ),
        # What something will mean for the asker's own case.
        (
            "our wait for an EP is a year, will the 400 new EPs mean we get seen sooner?",
            "educational-psychologists-trainees",
            _ONE_CASE,
        ),
        (
            "my son is in a PRU, will the AP taskforce work with him",
            "ap-specialist-taskforce-reach",
            _ONE_CASE,
        ),
        (
            "our LA's inspection report was bad, what happens to us now",
            "inspection-reports-published",
            _ONE_CASE,
        ),
        # The Secretary of State's name, of the department the question was put to.
        (
            "who was the secretary of state the question was addressed to",
            "document-department",
            "The written answer gives the department the question was put to, not the name of "
            "the Secretary of State.",
        ),
    ],
)
def test_what_the_one_source_does_not_give_is_said(
    single_source_index: FactIndex, question: str, fact_id: str, missing: str
) -> None:
    _assert_partial(single_source_index, question, fact_id, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The span the fact gives, asked or checked: its figure answers it.
        ("how much has high needs funding risen over 5 years", "high-needs-budget-increase"),
        ("is the 60% rise over five years or ten?", "high-needs-budget-increase"),
        ("was the high needs increase 40 percent over three years", "high-needs-budget-increase"),
        # What is set aside is not the fact's figure: it answers.
        (
            "how many special schools have actually opened, not just approved",
            "special-schools-opened",
        ),
        # To whom the question was put, not a person: the department.
        ("who was the question addressed to", "document-department"),
        ("who answered the question", "document-answered-by"),
    ],
)
def test_what_the_one_source_gives_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_quoted_name_beside_another_question_is_still_answered(
    single_source_index: FactIndex,
) -> None:
    # "this '...' thing": the quote names what is asked about, the question asks how much.
    assert_answered_with(
        single_source_index,
        "what is this 'Partnerships for Inclusion of Neurodiversity in Schools' thing and how "
        "much is it?",
        "pins-programme",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Whether councils forecast demand, not the forecast: the survey's fact answers it.
        (
            "do councils forecast demand for specialist places",
            "school-capacity-survey-special-schools",
        ),
        ("is the 60% rise over five years or ten?", "high-needs-budget-increase"),
        ("whats the total budget for schools for 2024/25, not just send", "schools-budget-2024-25"),
        # What the department expects is its assessment.
        (
            "latest dfe assessment of demand for specialist places?",
            "specialist-placements-expected-to-rise",
        ),
    ],
)
def test_what_the_shipped_base_gives_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_figure_labelled_with_its_owner_is_named_without_the(shipped_index: FactIndex) -> None:
    """The label "Warwickshire's high needs block allocation in 2025/26" was said as "the
    Warwickshire's high needs block allocation"."""
    _assert_partial(
        shipped_index,
        "how much is warwickshire's whole DSG, not just the high needs block",
        "warwickshire-high-needs-2025-26",
        "The written answer gives only Warwickshire's high needs block allocation in 2025/26, "
        "the figure the question sets aside.",
    )
