"""A question about a topic is not answered with a written answer's own record (who answered,
when), however many of the topic's words that record's phrasings carry; a question about the
record is answered with the part it asks for, in chatty form too, and the topic it names
says which written answer is meant."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def _record_given(index: FactIndex, question: str) -> bool:
    reply = answer(index, question)
    return reply.answered and reply.fact is not None and "document" in reply.fact.tags


def test_who_is_in_a_group_is_not_who_answered(shipped_index: FactIndex) -> None:
    assert not _record_given(shipped_index, "who sits on the neurodivergence task and finish group")
    assert not _record_given(
        shipped_index, "who is in the neurodivergence task and finish group, only civil servants?"
    )


def test_what_a_named_minister_said_is_the_topic_not_the_minister(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "what did catherine mckinnell say about the government ambition for children with send",
        "hn-2025-04-29-ambition",
    )


def test_his_job_when_he_answered_asks_who_he_is(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "who is david johnston and what was his role when he replied?",
        "document-answered-by",
    )


def test_asked_not_answered_asks_the_date_it_was_asked(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what date was the question put down - the asking date, not answered",
        "document-asked-date",
    )
    assert_answered_with(
        single_source_index,
        "keeping a log for our parent group - on what date was the pq tabled, not answered?",
        "document-asked-date",
    )


def test_the_plans_command_paper_number_and_publication(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what is the command paper number for the send and ap improvement plan?",
        "document-plan-published",
    )
    assert_answered_with(
        single_source_index,
        "hi, when did the send and ap improvement plan first come out?",
        "document-plan-published",
    )
    # What the letters stand for, the record does not say.
    assert_not_answered(single_source_index, "what does the cp bit of cp 800 mean", "")


def test_another_paper_coming_out_is_not_the_plans_publication(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "when is the send white paper coming out")
    assert reply.fact is None or reply.fact.id != "document-plan-published"
    assert not _record_given(shipped_index, "how many local area inspection reports are published")


def test_the_topic_named_says_which_written_answer_is_meant(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "when did the department reply to the question about extra money for special schools?",
        "hn-2023-02-22-answered-date",
    )
    assert_answered_with(
        shipped_index,
        "who answered the question on the £69.5 billion core schools budget",
        "ifs-2025-06-16-answered-by",
    )
    # Several written answers are about high needs: which one is not said.
    assert_not_answered(shipped_index, "when was the high needs question answered", "")


def test_a_place_asked_about_still_stops_the_record(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "who answered the question on the core schools budget in leeds", "Leeds"
    )
