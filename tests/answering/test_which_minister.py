"""A department named before "minister" says whose minister ("which dfe minister", "which
education minister"): who gave the answer is asked, not which department it was put to."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_which_education_minister_asks_for_a_person() -> None:
    assert analyse("which education minister signed this reply off?").intent is Intent.PERSON


def test_which_dfe_minister_asks_who_answered(single_source_index: FactIndex) -> None:
    # "dfe" says whose minister: who answered is asked, not which department
    assert_answered_with(
        single_source_index, "this reply came from which dfe minister?", "document-answered-by"
    )


def test_which_department_is_still_the_department(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "which government department was this put to?", "document-department"
    )
