"""What a written question asked the minister to report or update on is what it asked about;
the department it asks about is not the one it was put to; a plan's "reference number" is its
command paper number."""

import pytest

from sendbot.answering.asked_to_report import as_asked_about
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.paper_number_asked import as_command_paper
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what was the minister asked to update parliament on",
        "what did the mp want the minister to report on",
        "what were they asking the dfe to report back on",
        # "how the plan is going" is how it is getting on, not an answer still to come
        "so was the question about how the improvement plan is going?",
        # the government is who the question asked about, not whom it was put to
        "so the pq was basically asking how far along the government is with the plan?",
    ],
)
def test_what_the_minister_was_asked_to_report_on_is_the_question(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-question")


def test_a_report_asked_about_is_not_the_question(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what did the department report about inspections",
        "inspection-reports-published",
    )


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("what was the minister asked to report on", "what was the minister asked about"),
        (
            "What did the MP want the minister to update parliament on",
            "What did the MP ask the minister about",
        ),
        (
            "how many inspection reports were published",
            "how many inspection reports were published",
        ),
    ],
)
def test_asked_to_report_on_reads_as_asked_about(said: str, read: str) -> None:
    assert as_asked_about(said) == read


@pytest.mark.parametrize(
    "question",
    ["whats the reference number of the improvement plan", "paper number for the send plan?"],
)
def test_a_plans_reference_number_is_its_command_paper_number(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-plan-published")


def test_the_reference_number_of_a_question_is_no_paper_number() -> None:
    said = "whats the reference number of this question"
    assert as_command_paper(said) == said


def test_what_department_a_question_was_directed_at_gets_its_record(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "what department did the MP direct the question at",
        "document-department",
    )
