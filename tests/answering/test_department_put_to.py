"""'Which department was this question put to?' gets the department a written answer records,
even when a story about health and education, or the topic named, ranks a fact naming
departments above it; a question about which department does something does not."""

import pytest

from sendbot.answering.answer_parts import asks_which_department
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "my nephew's care plan involves the NHS too, was this pq put to the dfe or to health?",
        "was this pq for the dfe or the department of health and social care?",
        "helping a local councillor with a letter, which government department was this "
        "written question about the improvement plan put to?",
        "clerk to governors here - was this a question to the dfe or to the dhsc?",
        "is this an education question or a health one",
        "which govt department was this pq directed at? writing to the council and trying "
        "to get the details right",
        # a department named by what it is for: "the education department"
        "was the PQ directed at the education department",
        "was this question sent to the health department",
        # "dept" and "govt" are in nearly every fact's words, which ranks the record below
        # the first few: it answers, as the only written answer's record ranked at all
        "what govt dept is this for?",
        # the question written "q"
        "which dept was this q directed at",
        "which govt department was this q aimed at",
        # the department named checked against any other
        "is this a dfe question or something else?",
        "is it an education department answer or a different one?",
    ],
)
def test_which_department_a_question_was_put_to_gets_its_record(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "document-department")


def test_which_department_does_something_is_not_answered_with_the_record(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index, "which department pays for speech therapy, health or education?", ""
    )


def test_when_a_question_was_put_to_the_department_after_a_story_asks_its_date(
    single_source_index: FactIndex,
) -> None:
    # The department named says which question; when it was put is asked.
    assert_answered_with(
        single_source_index,
        "keeping a log of PQs for our forum - when was this one put to the department?",
        "document-asked-date",
    )


def test_over_several_written_answers_one_named_by_nothing_gets_no_department(
    shipped_index: FactIndex,
) -> None:
    # Each written answer records its department: which one is meant is not said.
    assert_not_answered(shipped_index, "what govt dept is this for?", "")


def test_a_question_naming_another_written_answer_is_not_given_this_ones_department(
    shipped_index: FactIndex,
) -> None:
    # Only the improvement plan's answer records its department; the Lords question on the
    # IFS report is another written answer.
    assert_not_answered(
        shipped_index,
        "was the lords question about the IFS report put to the dfe or the treasury?",
        "",
    )


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("which govt dept was this pq sent to", True),
        ("was this answer from education or health", True),
        ("was the question directed at the dfe", True),
        ("was the pq directed at the education department", True),
        ("was this question sent to the health dept", True),
        ("what dept was this q sent to", True),
        ("is it a health answer or another department's", True),
        ("which department funds ehcp assessments", False),  # names no question or answer
        ("is the dfe or something else paying for it", False),  # names no question or answer
        ("logging pqs - when was the question put to the dfe", False),  # when is asked
        ("is send funding a health or education matter", False),
    ],
)
def test_asking_which_department_is_told_apart(message: str, asks: bool) -> None:
    assert asks_which_department(message) is asks
