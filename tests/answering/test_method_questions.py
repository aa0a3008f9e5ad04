"""A question asking how something is done or decided, or what brought it about, is answered
only by a fact whose quote says so ("through ...", "as a result of ..."); a neighbouring fact
that gives a figure or a purpose but no method is not presented as the answer."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_how_feedback_is_received_is_the_fact_that_says_through_what(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index,
        "how does the department get feedback from reach",
        "change-programme-reach-feedback-loop",
    )
    assert "frequent meetings" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what caused the rise in high needs funding for 2023/24",
        "what prompted the extra high needs money for 2023-24",
    ],
)
def test_what_brought_about_a_rise_is_the_fact_that_names_its_cause(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-2023-24")
    assert "Autumn Statement" in reply.text


def test_how_projects_are_chosen_is_the_fact_that_says_by_doing_what(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "how are the special free school projects chosen",
        "special-free-schools-more-applications-considered",
    )


@pytest.mark.parametrize(
    "question",
    [
        "how are the PINS schools selected",
        "how is the £1bn distributed",
        "how will they measure whether PINS works",
    ],
)
def test_a_method_no_quote_states_is_said_to_be_missing(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, "doesn't say how")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("how many special schools opened", Intent.COUNT),
        ("how much is the high needs budget", Intent.AMOUNT),
        ("how long does an ehcp take", Intent.DATE),
        # how it is going, not how it is done
        ("how is the change programme going", Intent.OUTCOME),
        ("how are the PINS schools selected", Intent.METHOD),
        ("what triggered the extra high needs money", Intent.METHOD),
    ],
)
def test_only_a_process_or_a_cause_is_a_method_question(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    "question",
    [
        "how does the change programme feedback find its way to ministers",
        "we're in bedford and the council keeps mentioning change programme feedback, how does "
        "that feedback actually get to the department?",
    ],
)
def test_how_something_gets_to_someone_is_the_fact_that_says_through_what(
    shipped_index: FactIndex, question: str
) -> None:
    # Not the fact about the partnerships feeding back, nor the one naming Bedford: neither
    # says how the feedback reaches the department.
    assert_answered_with(shipped_index, question, "change-programme-reach-feedback-loop")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("how does the high needs money get to schools", Intent.METHOD),
        ("how does funding reach the council", Intent.METHOD),
        ("how does the feedback find its way to the dfe", Intent.METHOD),
        ("how do i get to the school", Intent.OTHER),
    ],
)
def test_how_something_gets_to_someone_asks_the_route(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


@pytest.mark.parametrize(
    "question",
    [
        "how are they gonna evaluate the change programme",
        "how will they evaluate the change programme",
    ],
)
def test_how_it_is_evaluated_is_the_evaluation_not_what_it_is_for(
    shipped_index: FactIndex, question: str
) -> None:
    # Read as no method asked, "why evaluate the change programme?" (the evaluation's
    # purpose) matched as closely as the fact saying how it is evaluated.
    assert analyse(question).intent is Intent.METHOD
    reply = assert_answered_with(shipped_index, question, "change-programme-independent-evaluation")
    assert "process and implementation evaluation" in reply.text
