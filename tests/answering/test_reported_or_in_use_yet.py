"""'has the task and finish group reported back yet' of a fact saying only that the group was set
up, 'is the new ITT framework actually being taught yet' of one saying only that it was
announced: no answer here says the report or the use has come, so the reply says the written
answer does not say, with the fact as related information. Asked of when, or without "yet",
the same words are read as before."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.promised_only import asked_event
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "has the neurodivergence task and finish group reported back yet",
        "did the neurodivergence task and finish group publish its report yet",
    ],
)
def test_a_report_never_said_published(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert (
        reply.missing
        == "The written answer of 9 June 2025 doesn't say whether it has been published."
    )
    assert reply.fact is not None and reply.fact.id == "neurodivergence-task-and-finish-group"


@pytest.mark.parametrize(
    "question",
    [
        "the itt framework was announced in jan - is it actually being taught on courses yet?",
        "is the new ITT framework with send content actually being used yet or just announced",
        "are trainee teachers being taught the new send content yet",
    ],
)
def test_a_framework_announced_is_not_said_in_use(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "come into use" in reply.missing
    assert reply.fact is not None and reply.fact.id == "itt-ecf-send-content"


def test_what_was_announced_is_still_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what did the department announce about itt in january 2024",
        "itt-ecf-send-content",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("was the answer published in feb or jan", "document-answered-date"),
        ("how many inspection reports have been published", "inspection-reports-published"),
    ],
)
def test_without_yet_a_publication_is_read_as_before(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_the_readings() -> None:
    reported = asked_event("has the group reported back yet")
    assert reported is not None and reported.event == "published" and reported.yet
    used = asked_event("is it actually being taught on courses yet")
    assert used is not None and used.event == "in_use"
    # what the money is for, not whether something is in use
    assert asked_event("is the £21m used for training eps") is None


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "did the no-ehcp supported internship pilot finish in march 2025 as planned",
            "doesn't say it has ended",
        ),
        ("did the supported internship pilot end on time", "doesn't say it has ended"),
        (
            "has the non-ehcp supported internship pilot finished and been rolled out",
            "whether it has been rolled out since",
        ),
        (
            "was the pilot for young people without an ehcp rolled out to all councils",
            "whether it has been rolled out since",
        ),
    ],
)
def test_a_pilot_planned_to_run_until_march_is_not_said_ended_or_rolled_out(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and missing in reply.missing
    assert reply.fact is not None and reply.fact.id == "supported-internships-pilot"


@pytest.mark.parametrize(
    "question",
    [
        "when does the supported internship pilot end",
        "how long does the no-ehcp internship pilot run",
    ],
)
def test_how_long_the_pilot_runs_is_still_answered(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "supported-internships-pilot")
