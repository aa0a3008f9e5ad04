"""A figure compared with an earlier time, cohort or regime ("is that more than last year?",
"how many was the cohort before?"), or asked of one: a written answer's figure is of its own
time, so the reply says it gives only that figure and names what it lacks, unless the fact
states the change itself ("an increase of 60% over five years" of "is it up on before?")."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("is the £10.5bn up on the year before?", "the year before"),
        ("how do the 400 EPs compare with the previous cohort", "the previous cohort"),
        ("how many came out under the old inspection framework", "the old inspection framework"),
        ("£21m, is that more than they spent previously", "previously"),
        ("how many was the last round", "the last round"),
    ],
)
def test_the_earlier_one_compared_is_read(question: str, named: str) -> None:
    assert analyse(question).compared_with == named


@pytest.mark.parametrize(
    "question",
    [
        "is the budget more than they spent previously",  # a rise stated may answer it
        "how many special schools opened last year",  # a period asked, read as one
        "what is the point of the new npq versus the old one",  # what it is for
        "how old do you have to be for a supported internship",
        "how much has high needs risen over the last five years",  # a span
    ],
)
def test_no_earlier_one_is_compared(question: str) -> None:
    assert analyse(question).compared_with is None


def test_a_figure_compared_with_last_year_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "the £21m for training EPs, is that up on last year? how much was it last year",
        r"gives only .* not a figure for last year to compare it with",
    )


def test_a_figure_asked_of_the_old_regime_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    # "Under the strengthened ... regime, 23 inspection reports have been published so far"
    assert_not_answered(
        single_source_index,
        "how many reports were published under the previous inspection system",
        r"gives only the number of inspection reports .* not a figure for the previous "
        r"inspection system\.",
    )


def test_a_cohort_compared_with_the_one_before_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "are 400 trainee EPs more than the cohort before?",
        r"not a figure for the cohort before to compare it with",
    )


def test_a_rise_the_fact_states_answers_up_on_before(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "has the high needs budget gone up compared with before, by what percent?",
        "high-needs-budget-increase",
    )


def test_a_rise_on_the_year_before_is_answered_from_the_change_stated(
    shipped_index: FactIndex,
) -> None:
    # Many sources: "an increase of £970 million in 2023/24 compared to 2022/23".
    reply = analyse("how much more was high needs in 2023/24 than the year before")
    assert reply.compared_with == "the year before"
    assert_answered_with(
        shipped_index,
        "how much more was high needs in 2023/24 than the year before",
        "high-needs-increase-2023-24",
    )


def test_another_nation_compared_with_england_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "that's England's high needs money, how does it compare with Scotland",
        "not for Scotland",
    )


def test_another_span_beside_the_claimed_one_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "it went up 60% over five years, and over twenty years?",
        "not over 20 years",
    )
