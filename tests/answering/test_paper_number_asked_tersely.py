"""A paper's command paper number asked in a few words ("cp no. please", "command paper number?"):
the word "number" lifts every count above the one record giving a paper's number, which
answers when no other record giving one is ranked."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_a_terse_cp_number_asked_gets_the_papers_record(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index, "need the cp number for my references", "document-plan-published"
    )
    assert "CP 800" in reply.text


def test_the_command_paper_number_asked_alone_gets_the_papers_record(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(single_source_index, "command paper number?", "document-plan-published")


def test_a_reference_number_asked_before_the_plan_is_named_gets_the_papers_record(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "which reference number does the pq quote for the improvement plan? for my footnotes",
        "document-plan-published",
    )


def test_the_documents_reference_asked_without_number_gets_the_papers_record(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "want to look up the actual plan document myself, what is its reference?",
        "document-plan-published",
    )
