"""Unanswerable questions typed in ways the intent rules did not read, each given a fact as the
answer before: how a new thing differs from the one before it, the asker's way to get help
for their own child or to complain, what a pilot with a long name found or how it went for
those it was for. Each is now partial (or declined), with a sentence naming what is missing;
and a hello with its last letter drawn out before more chat is a greeting."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_not_answered

_NO_COMPARISON = r"doesn't compare them or explain the difference"


@pytest.mark.parametrize(
    "question",
    [
        "how do the new npq modules differ from the older senco award",
        "how is the reformed inspection framework any different to the previous one",
        "is the teacher training send material different from what was taught in 2018",
        "what has changed in the wording between the new framework and the original",
    ],
)
def test_a_difference_from_the_one_before_is_read(question: str) -> None:
    assert analyse(question).intent is Intent.DIFFERENCE


@pytest.mark.parametrize(
    "question",
    [
        "in what way does the senco npq content differ from the existing award",
        "how does the local area inspection regime differ from the earlier one",
    ],
)
def test_a_difference_from_the_one_before_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, _NO_COMPARISON)


def test_two_kinds_set_side_by_side_are_no_earlier_one() -> None:
    # "traineeships" is no earlier version of internships: a definition may tell them apart
    assert analyse("how are internships different from apprenticeships").intent is not (
        Intent.DIFFERENCE
    )


@pytest.mark.parametrize(
    "question",
    [
        "my girl was excluded and is at a pru now, how do i get the taskforce to work with her",
        "how do i get my daughters school to sign up to pins",
        "my son is 16 without a plan, how does he get a place on the internship pilot",
    ],
)
def test_the_askers_own_way_in_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, r"any one person's case|any one area")


@pytest.mark.parametrize(
    "question",
    [
        "the council said no to an assessment, can i report them to ofsted under the new regime",
        "the la turned down our needs assessment, could i report the council to ofsted",
    ],
)
def test_the_askers_complaint_route_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(
        single_source_index, question, r"doesn't say how to complain, appeal or report a concern"
    )


def test_a_report_assessed_is_no_complaint() -> None:
    from sendbot.answering.missing import _COMPLAINT_ASKED

    assert _COMPLAINT_ASKED.search("how are the inspection reports assessed") is None


@pytest.mark.parametrize(
    "question",
    [
        "what did the internship pilot for young people without a plan conclude",
        "how has the internship pilot gone for the young people on it",
    ],
)
def test_what_a_pilot_came_to_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.OUTCOME
    assert_not_answered(single_source_index, question, r"doesn't report results")


@pytest.mark.parametrize("message", ["hiiii anybody home", "heyyyy anyone home"])
def test_a_drawn_out_hello_before_more_chat_is_a_greeting(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.GREETING


def test_inflation_factored_in_asks_the_real_terms_figure(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "60% over five years sounds a lot but is it really once you factor in inflation",
        r"doesn't say whether .* is in real terms \(after inflation\)",
    )


@pytest.mark.parametrize(
    "question",
    ["just 15 new special schools, isn't that rather low", "400 eps, arent they really poor"],
)
def test_a_verdict_asked_as_a_tag_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert analyse(question).intent is Intent.JUDGEMENT
    assert_not_answered(single_source_index, question, r"doesn't make that judgement")


def test_a_figure_checked_as_a_tag_is_no_verdict() -> None:
    asked = "you said 50,000 had done the training, isnt it a lot more than that?"
    assert analyse(asked).intent is not Intent.JUDGEMENT


def test_more_to_come_asked_without_will_is_a_prediction(single_source_index: FactIndex) -> None:
    question = "any more ap schools being opened next spring"
    assert analyse(question).intent is Intent.PREDICTION
    assert_not_answered(single_source_index, question, r"doesn't say what will happen next")


def test_a_comparison_with_a_reform_named_by_its_year_is_not_answered(
    single_source_index: FactIndex,
) -> None:
    question = "how do the new inspections compare to the 2016 framework"
    assert analyse(question).intent is Intent.DIFFERENCE
    assert_not_answered(single_source_index, question, _NO_COMPARISON)
    # a figure's own year compared stays what it was
    assert analyse("how does the funding compare with 2022/23").intent is not Intent.DIFFERENCE
