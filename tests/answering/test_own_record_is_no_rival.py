"""On the shipped base: a question naming a written answer's topic ("the IFS report", "the
engagement answer") lifts that answer's record (its date, its minister, its question) above the
fact that answers it. When what was said is asked (no date, name or figure), the record is passed
over, as it was not asked for; and it is no rival answer either: the fact's lead is measured over
the next fact that could answer, so the fact is answered. Another written answer's record still
counts as a rival, and so does the record when a date, a name or a figure is asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.evidence import Evidence
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import margin_of
from sendbot.answering.ranked import Candidate
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what did ministers say in reply to the IFS report about council SEND deficits",
            "send-costs-strain-council-finances",
        ),
        (
            "what did the minister say about council SEND deficits in the IFS report answer",
            "send-costs-strain-council-finances",
        ),
    ],
)
def test_the_answers_own_record_ranked_above_does_not_sink_the_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def _candidate(position: int, rank_score: float) -> Candidate:
    evidence = Evidence(0.5, 0.5, 0.5, 0.5, 0.5, 0, False, 0.0)
    return Candidate(position, evidence, rank_score)


def test_the_margin_is_over_the_first_fact_not_passed_over() -> None:
    candidates = [_candidate(0, 0.6), _candidate(1, 0.8), _candidate(2, 0.4)]
    assert margin_of(candidates) == pytest.approx(-0.2)
    assert margin_of(candidates, not_rivals=frozenset({1})) == pytest.approx(0.2)


def test_a_date_and_a_name_asked_keep_the_record_a_rival(shipped_index: FactIndex) -> None:
    # "who ... and on what date" asks the record itself: the fact on the topic named is not
    # its answer.
    question = "who replied to the lords question on the PINS interim findings, and on what date"
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != "pins-interim-findings-autumn-2025", reply.text


def test_whether_the_plan_will_work_is_still_a_prediction(shipped_index: FactIndex) -> None:
    # "will it actually work" asks what is to come, which the plan's aim does not say; its
    # record ranking just above it no longer keeps that from being answered.
    assert_not_answered(
        shipped_index, "will the new SEND improvement plan really work?", "what will happen next"
    )
