"""Questions about what the written answers say, not about a figure: what the government said of
a report, what a report is called, where statistics are published, what a programme is for.

Each reason has a unit test of its own, then replies in the words people use; the same
questions asked of what no answer gives stay unanswered.
"""

import datetime as dt

import pytest

from sendbot.answering.answer_parts import asks_a_name, restates_a_question
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

# --- The reasons -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "where can i get the SEN in england january 2025 stats",
        "where can we get the school capacity figures",
    ],
)
def test_where_to_get_something_is_not_ones_own_case(question: str) -> None:
    # "can I get" asks about the asker's own case; "where can I get" asks where it is published.
    assert analyse(question).intent is not Intent.CASE


def test_can_i_get_alone_is_still_ones_own_case() -> None:
    assert analyse("can i get a supported internship?").intent is Intent.CASE


@pytest.mark.parametrize(
    "question",
    [
        "what did the ifs report say about council debt",
        "what does the report recommend on send spending",
        "what did the research say about educational psychologists",
    ],
)
def test_what_a_report_said_asks_for_its_findings(question: str) -> None:
    assert analyse(question).findings


@pytest.mark.parametrize(
    "question",
    [
        "what did the government say about the ifs report",
        "what did the dfe say about council deficits",
    ],
)
def test_what_the_government_said_asks_for_no_findings(question: str) -> None:
    assert not analyse(question).findings


def test_a_name_asked_for() -> None:
    assert asks_a_name(analyse("what was the ifs report on send spending called?"))
    assert asks_a_name(analyse("what is the title of the report"))
    assert not asks_a_name(analyse("who answered the question on the ifs report?"))


def test_the_question_put_is_told_by_its_opening() -> None:
    day = dt.date(2025, 6, 16)
    asked = Fact("q", "The question asked ...", "To ask His Majesty's ...", (), day, "s")
    answered = Fact("a", "The department ...", "The department is ...", (), day, "s")
    assert restates_a_question(asked)
    assert not restates_a_question(answered)


# --- Replies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what was the IFS report on SEN spending called",
        "what's the title of the ifs report on send spending?",
        "saw people arguing about an IFS report on send spending, what was it called?",
    ],
)
def test_the_ifs_reports_name_is_answered_from_the_question_put(
    shipped_index: FactIndex, question: str
) -> None:
    # Only the question put names it: "the report from the Institute for Fiscal Studies
    # Spending on special educational needs in England: something has to change".
    assert_answered_with(shipped_index, question, "ifs-2025-06-16-question")


def test_whether_the_government_accepts_send_costs_strain_councils_is_answered(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "does the govt even admit councils are struggling with send costs",
        "send-costs-strain-council-finances",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what did the ifs report say about council debt",
        "what did the ifs report say about send spending",
    ],
)
def test_what_the_ifs_report_itself_said_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    # The written answer gives the government's view of the report, not the report's words.
    assert_not_answered(shipped_index, question, r"doesn't report results or findings")


@pytest.mark.parametrize(
    "question",
    [
        "what did the IFS say about high needs deficits?",
        "what did ofsted say about the change programme?",
        "what has ofsted said about council send services?",
    ],
)
def test_what_an_outside_body_said_is_not_answered_with_the_departments_words(
    shipped_index: FactIndex, question: str
) -> None:
    # A written answer gives the department's words; "the government recognises the strain of
    # deficits" is not what the IFS said, and no answer gives what Ofsted said.
    assert_not_answered(shipped_index, question, r"doesn't report results or findings")


@pytest.mark.parametrize(
    "question",
    [
        "what did the minister say about the IFS report?",
        "what did the IFS question answer say about the strain on council finances?",
    ],
)
def test_what_the_department_said_of_the_ifs_report_is_still_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "send-costs-strain-council-finances")


@pytest.mark.parametrize(
    "question",
    [
        "where can i get the SEN in england january 2025 stats",
        "where's the special educational needs in england data published?",
    ],
)
def test_where_the_sen_in_england_statistics_are_is_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "sen-in-england-statistics-published")


def test_where_the_school_capacity_statistics_are_is_still_their_own_link(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "where can i find the school capacity statistics?",
        "school-capacity-data-published",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "our LA is in the change programme, what is it actually a vehicle for?",
            "change-programme-tests-improvement-plan",
        ),
        (
            "what are supported internships actually meant to lead to",
            "what-supported-internships-are",
        ),
        (
            "who have ministers been listening to on the send reforms?",
            "send-reform-listening-last-year",
        ),
        ("is there an evaluation of PINS happening?", "pins-independent-evaluation"),
    ],
)
def test_what_a_programme_is_for_is_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
