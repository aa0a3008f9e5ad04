"""A question asking whether a thing exists ("is there an evaluation of X?") is answered by the
fact saying there is one, not by a sibling fact that refers back to it ("This evaluation will
explore ...") and so takes as known what was asked."""

import pytest

from sendbot.answering.asked_existence import refers_back_to, says_it_exists, thing_asked_to_exist
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "are there any evaluations of pins",
        "pins - is there any evaluation of it yet?",
        "is there a PINS evaluation",
        "is there an evaluation for PINS being done",
    ],
)
def test_is_there_an_evaluation_is_answered_by_the_one_saying_there_is(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "This evaluation will thoroughly explore the implementation and outcomes of PINS".
    reply = assert_answered_with(shipped_index, question, "pins-independent-evaluation")
    assert "underway" in reply.text


def test_the_same_holds_of_another_programme(shipped_index: FactIndex) -> None:
    # Not "The evaluation will help the department understand which elements ... work".
    assert_answered_with(
        shipped_index,
        "is there an evaluation of the change programme",
        "change-programme-independent-evaluation",
    )


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("is there an evaluation of PINS happening?", "evaluation"),
        ("are there any plans to expand supported internships", "plan"),
        ("is there an independent national review", "review"),
        ("is there a deadline?", "deadline"),
        # Not asking whether something exists.
        ("what will the evaluation look at", None),
        ("is the evaluation independent", None),
    ],
)
def test_the_thing_asked_to_exist(question: str, thing: str | None) -> None:
    assert thing_asked_to_exist(question) == thing


def test_saying_a_thing_exists_or_referring_back_to_it() -> None:
    introduced = "An independent evaluation of the programme is underway."
    known = "This evaluation will explore the outcomes of the programme so far."
    assert says_it_exists(introduced, "evaluation")
    assert not says_it_exists(known, "evaluation")
    assert refers_back_to(known, "evaluation")
    assert says_it_exists("There will be a full review next year.", "review")
