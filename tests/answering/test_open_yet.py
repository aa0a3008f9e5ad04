"""On the shipped base: "are the new special free schools open yet" asks whether they have
opened; a fact that never speaks of opening (the applications received, a plan confirmed) is
not shown as the answer: the reply says the written answer doesn't say whether they have
opened. A fact saying what opened still answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "so are the special free schools actually open yet?",
        "have the approved special free schools opened yet",
    ],
)
def test_open_yet_is_not_answered_by_a_fact_silent_on_opening(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, "doesn't say whether they have opened")


def test_a_fact_saying_what_opened_still_answers(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index, "is the new special school open now", "special-schools-opened"
    )
