"""'When is the X due?' of a paper, report or plan asks when it is expected out, not a deadline:
answered by the fact saying when it is to come, not partial for want of an end date. A thing
with a deadline ("when are the forms due") still asks one."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_a_paper_due_asks_a_date_not_an_end() -> None:
    for question in (
        "when is the white paper on send due?",
        "when's the evaluation report due",
        "when is the consultation response due",
    ):
        assert analyse(question).intent is Intent.DATE, question
    for question in ("when are the forms due", "when is the money due back"):
        assert analyse(question).intent is Intent.END, question


def test_when_the_white_paper_is_due_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "when is the send white paper due?", "schools-white-paper-early-new-year"
    )
