"""On the shipped base: a fact that only mentions a thing does not answer how it works, what
came of it or which ones it counts; a fact that says what the thing is still answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "how does the high needs national funding formula actually work",
        "what counts as adaptive teaching",
        "what exactly is the dedicated schools grant",
        "whats the government social research protocol",
        "what's the universal training offer - what's in it?",
    ],
)
def test_a_name_the_source_uses_is_not_explained_by_it(
    shipped_index: FactIndex, question: str
) -> None:
    # the what-is rule of intent.py may say it first, naming the thing: either is true
    assert_not_answered(shipped_index, question, "doesn't explain what (it|.+) is")


def test_a_fact_saying_what_a_thing_is_still_explains_it(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "what is a supported internship exactly", "what-supported-internships-are"
    )


@pytest.mark.parametrize(
    "question",
    [
        "have supported internships really doubled now",
        "what were the findings of the PINS evaluation",
        "has the task and finish group recommended anything yet",
    ],
)
def test_what_came_of_a_plan_is_not_the_plan(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "not what has come of it")


@pytest.mark.parametrize(
    "question",
    [
        "can you list the 67 free school projects in the pipeline",
        "which are the 76 approved schools",
    ],
)
def test_a_count_does_not_name_what_it_counts(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "names|name the")


@pytest.mark.parametrize(
    "question",
    [
        "how many of the 1,500 new places are in the AP school",
        "of the 4000 children reached by the taskforce, how many were girls",
    ],
)
def test_a_part_of_a_quoted_number_is_not_that_number(
    shipped_index: FactIndex, question: str
) -> None:
    # the part-of-a-group rule or the joint-count rule may say it first, naming the part:
    # any of them is true
    assert_not_answered(
        shipped_index,
        question,
        "as a whole, not the part|not how many of them|together, not a separate figure for",
    )


def test_a_total_is_not_answered_by_a_fact_without_a_figure(shipped_index: FactIndex) -> None:
    assert_not_answered(shipped_index, "what is the total of all the DSG deficits", "no figure")


def test_the_ages_of_a_quoted_number_are_not_that_number(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "the 4000 children the AP taskforce reached - what age groups were they?",
        "as a whole, not how many of each kind",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what does the AP specialist taskforce actually do, like what happens in a session?",
        "what does the AP specialist taskforce really do, like who works in it?",
        "what does the AP specialist taskforce do with children?",
        "what do the AP specialist taskforces actually do with pupils",
    ],
)
def test_what_a_thing_does_is_asked_whatever_runs_on_after_it(
    single_source_index: FactIndex, question: str
) -> None:
    # the run-on ("like ...", "with children") says more of what it does: a fact dating
    # how long it runs, or counting whom it reached, does not say what it does
    assert_not_answered(single_source_index, question, "doesn't explain what (it|.+) is")


def test_a_fact_saying_what_a_thing_does_answers_with_a_run_on(
    single_source_index: FactIndex,
) -> None:
    question = "what does the change programme do, like in practice?"
    assert_answered_with(single_source_index, question, "change-programme")
