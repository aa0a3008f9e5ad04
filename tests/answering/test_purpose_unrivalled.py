"""On the shipped base: asked what something is for in words the base hardly knows ("supposed to
deliver", "supposed to change"), the closest fact answers when its statement says a purpose and
no other fact near it says one, rather than a decline naming that very fact first among the
closest topics. Where several written answers each say what extra high needs money will help
with, which one is meant is not clear: still not answered. Whom a thing is for, or what "they"
are for, is not read as this kind."""

from sendbot.answering.answer import answer, decide
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_what_a_named_body_is_supposed_to_deliver_is_its_stated_purpose(
    shipped_index: FactIndex,
) -> None:
    question = "what is the consortium supposed to deliver"
    assert_answered_with(shipped_index, question, "internships-work-consortium")


def test_what_a_plan_is_supposed_to_change_for_some_schools_is_its_stated_purpose(
    shipped_index: FactIndex,
) -> None:
    question = "what's the improvement plan actually supposed to change for mainstream schools?"
    assert_answered_with(shipped_index, question, "improvement-plan-mainstream-confidence")


def test_a_purpose_several_written_answers_state_is_still_not_answered(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what are the extra high needs funds supposed to help with")
    assert reply.outcome is not Outcome.ANSWERED


def test_whom_something_is_meant_for_is_not_read_as_its_purpose(
    shipped_index: FactIndex,
) -> None:
    result = decide(shipped_index, "which pupils is the high needs money meant for?").result
    assert result.verdict is not Verdict.PURPOSE_UNRIVALLED


def test_what_they_are_for_names_nothing_to_give_the_purpose_of(
    shipped_index: FactIndex,
) -> None:
    result = decide(shipped_index, "ok but what are they supposed to deliver, per the dfe?").result
    assert result.verdict is not Verdict.PURPOSE_UNRIVALLED


def test_the_aim_of_a_thing_is_not_rivalled_by_what_other_things_near_it_aim_at(
    shipped_index: FactIndex,
) -> None:
    # Supported internships are "designed to" lead to paid work; that the investment "aims to
    # double" them, or that grant funding helped councils, says what other things are for.
    question = "what's the main aim of supported internships?"
    assert_answered_with(shipped_index, question, "what-supported-internships-are")
