"""A question about what is still to come ("will special schools get another uplift like the
3.4% one?", "will the £6,000 threshold change under the reforms?", "any plans for more EP
training places after the 400?") is not answered by what was given or planned so far: partial,
saying the sources do not say what will happen. A plan the source states is still its answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "will special schools get another uplift like the 3.4% one?",
        "will the £6,000 per pupil threshold for mainstream schools change under the reforms?",
        "any plans for more EP training places after the 400?",
        "are there plans for more supported internships funding after the £18m?",
    ],
)
def test_what_is_still_to_come_is_not_answered_by_what_was_given(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    # Was: the 3.4% for 2023/24, the £6,000 threshold as it is, the 400 EPs, as the answer.
    assert reply.outcome is Outcome.PARTIAL, reply.text


def test_the_readings() -> None:
    assert analyse("will schools see a further rise next year").intent is Intent.PREDICTION
    assert analyse("will the change programme test the reforms?").intent is not Intent.PREDICTION
    assert analyse("will new teachers get more send training?").intent is not Intent.PREDICTION


def test_a_plan_the_source_states_still_answers(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "will new teachers get more send training?", "itt-ecf-send-content"
    )


def test_plans_for_more_are_answered_by_a_plan_stated(shipped_index: FactIndex) -> None:
    # "The Spring Budget confirmed plans for 15 additional special free schools."
    assert_answered_with(
        shipped_index,
        "any plans for more special free schools?",
        "spring-budget-2024-special-free-schools",
    )
