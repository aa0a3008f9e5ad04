"""A figure or announcement asked of another occasion than the one the written answer gives
(another fiscal event, the round before "a further 76", a first year against a total to date),
or asked as done when the answer gives only a plan or an announcement, or a list of names when
it gives a count: the reply is partial and says what is missing, never the fact as the answer.
"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "what did the autumn statement 2024 announce for supported internships",
            r"speaks of the Spring Budget 2023, not the Autumn Statement 2024\.",
        ),
        (
            "how many special free schools got the go ahead in the prior wave",
            r"not a figure for the prior wave\.",
        ),
        (
            "how many pupils did the taskforce support in the first year",
            r"to date, not a figure for the first year\.",
        ),
        (
            "is the new teacher training framework already being taught to trainees",
            r"doesn't say whether it has come into use\.",
        ),
        (
            "have the 400 more educational psychologists been trained",
            r"a plan, not how many so far\.",
        ),
        ("what are the titles of the autism modules staff have done", r"doesn't name"),
    ],
)
def test_another_occasion_or_a_plan_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # the event the fact names, with or without its year
        (
            "what was announced in the spring budget for supported internships",
            "supported-internships-pilot",
        ),
        # which event it was, the asker's guess beside it: the fact says
        (
            "which budget announced the supported internship pilot? i thought autumn statement",
            "supported-internships-pilot",
        ),
        # a claim about another event is answered by the fact saying which it was
        (
            "was the supported internship pilot in the autumn statement",
            "supported-internships-pilot",
        ),
        ("how many special free schools has the dept approved", "special-free-schools-approved"),
        (
            "how many children has the AP specialist taskforce reached",
            "ap-specialist-taskforce-reach",
        ),
        (
            "has the autism education trust trained more than 100k staff already",
            "autism-awareness-training",
        ),
    ],
)
def test_the_occasion_given_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_first_year_is_read_as_an_earlier_time() -> None:
    assert analyse("how many did it reach in its first year").compared_with == "its first year"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "parent governor here: of the 400 extra trainee EPs, how many will go on to work "
            "for councils instead of in private practice?",
            r"not how many of them will go on to work for councils|not the part of it asked about",
        ),
        (
            "how many special schools are actually open now",
            r"gives the number opened this academic year, not how many are open now\.",
        ),
        (
            "will the supported internships pilot keep going after the pilot funding",
            r"gives when it runs until \(March 2025\), not what happens after that\.",
        ),
        (
            "what actually is the universal training offer that the AET delivers through",
            r"doesn't explain what the universal training offer is\.",
        ),
        (
            "my daughter got excluded last term and is in AP now, can the taskforce help her?",
            r"any one person's case",
        ),
        (
            "how much will our school get for my daughter's 1:1 support",
            r"any one person's case",
        ),
    ],
)
def test_a_part_a_state_or_ones_own_case_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_a_live_figure_is_not_answered_by_the_newest(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how many pupils are in special schools? i need the live figure, not last year's number",
        r"not a live figure for today\.",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many special schools have opened this academic year", "special-schools-opened"),
        # the newly opened asked about: those opened this year
        ("how many new special schools are open this year", "special-schools-opened"),
        ("will the supported internship pilot run until march 2025", "supported-internships-pilot"),
    ],
)
def test_the_state_asked_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        (
            "was the supported internships pilot announced in the autumn statement 2023?",
            "No: the written answer speaks of the Spring Budget 2023, not the Autumn Statement "
            "2023.",
        ),
        (
            "did the autumn statement announce the £3m internship pilot",
            "No: the written answer speaks of the Spring Budget 2023, not the Autumn Statement.",
        ),
    ],
)
def test_a_check_of_another_event_is_answered_no(
    single_source_index: FactIndex, question: str, line: str
) -> None:
    """Not "Yes: the written answer gives 2023" because both name the year: the event differs."""
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "supported-internships-pilot"
    assert reply.text.splitlines()[0] == line


def test_a_check_of_the_event_named_is_still_a_yes(single_source_index: FactIndex) -> None:
    reply = answer(
        single_source_index, "was the internship pilot announced in the spring budget 2023?"
    )
    assert reply.text.startswith("Yes: the written answer gives 2023.")
