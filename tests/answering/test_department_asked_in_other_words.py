"""Which department a written question went to, asked in words other than "which department
was it put to": "which part of government", "it went to the dfe, right?", "whichever
department this went to, was it ...?". The department's record answers, not the question's
wording nor what a department did."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_which_part_of_government_was_asked_gets_the_department(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "new to all this, what bit of government got asked about the improvement plan?",
        "document-department",
    )


def test_the_department_it_went_to_checked_gets_the_department(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "my understanding is the pq went to the department for education, yes?",
        "document-department",
    )


def test_whichever_department_it_went_to_then_checked_gets_the_department(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "i'd like to email whatever department this went to about our school, was it the dfe?",
        "document-department",
    )


def test_which_part_of_government_does_a_thing_is_not_the_department_asked(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(single_source_index, "which part of government pays for ehcps", "")
