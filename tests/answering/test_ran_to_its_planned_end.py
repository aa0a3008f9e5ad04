"""'Did the pilot actually run until March 2025 and finish?' asks whether a plan was kept; a fact
announcing the pilot "until March 2025" does not say it was, so the reply is partial, saying no
answer here says whether it has ended. Asked of the plan ("is it running until march 2025?",
"when does it end?") the fact still answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.promised_only import asked_event
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "did the supported internships pilot actually run until march 2025 and finish?",
        "did the £3m pilot run its full course to march 2025?",
        "did the non-EHCP supported internship pilot actually run til march 2025 and finish?",
        "did the £3m supported internships pilot for young people without an EHCP actually run "
        "to March 2025 and finish?",
        "so did that £3 million pilot for supported internships without an ehcp run till march "
        "2025 and then finish",
    ],
)
def test_whether_the_pilot_ran_to_its_end_is_not_answered_by_the_plan(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    # Was: the announcement "up to £3 million to pilot ... until March 2025" as the answer.
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert "doesn't say it has ended" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "is the supported internships pilot running until march 2025?",
        "when does the supported internships pilot end?",
        "how long does the supported internships pilot run for?",
    ],
)
def test_asked_of_the_plan_the_plan_answers(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "supported-internships-pilot")


def test_a_task_and_finish_group_is_no_end_asked() -> None:
    assert asked_event("did the task and finish group meet") is None
    event = asked_event("did the pilot run until march 2025 and finish")
    assert event is not None and event.event == "ended" and event.as_planned
