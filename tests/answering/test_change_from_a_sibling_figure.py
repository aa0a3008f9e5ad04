"""A figure compared with the year before, of an allocation whose sibling (of the same written
answer, quoting the same sum) states the rise on that year: the rise answers, rather than a
partial reply saying the written answer gives no earlier figure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "by how much is warwickshire's high needs allocation up on the previous year?",
        "is warwickshire's high needs block up on the year before, and by how much?",
        "compared with last year, how much extra high needs money is warwickshire getting?",
    ],
)
def test_the_rise_on_the_year_before_answers(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(
        shipped_index, question, "warwickshire-high-needs-increase-2025-26"
    )
    assert "£6.9 million" in reply.text
    assert "not a figure for" not in reply.text


def test_a_figure_with_no_sibling_stating_the_change_is_still_partial(
    shipped_index: FactIndex,
) -> None:
    # The EP training money has no sibling giving an earlier year's sum: still partial.
    reply = answer(shipped_index, "is the £21m for training EPs more than the year before?")
    assert not reply.answered
