"""A count of people asked by a word no written answer uses: a school's "headcount" or "roll" is
its pupil numbers, so the newest count of pupils in special schools answers, with the earlier
figure and when it was true; any other headcount is left as written. "Roll out" and
"on roll" keep their own meaning."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.headcount import as_counted
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "special schools headcount these days?",
        "what is the headcount in all special schools these days",
        "how big are special school rolls nowadays",
    ],
)
def test_a_school_headcount_gets_the_newest_count_of_its_pupils(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
    assert "200,000" in reply.text


def test_a_headcount_the_sources_do_not_give_is_not_answered(shipped_index: FactIndex) -> None:
    # The answers give the EPs to be trained, not how many EPs there are: the question must
    # not be answered with the 400 to be trained, nor told the answer does not "explain" it.
    for question in ("what's the EP headcount across England today", "what's the EP headcount now"):
        reply = answer(shipped_index, question)
        assert reply.outcome is not Outcome.ANSWERED
        assert "explain" not in reply.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("special school headcount now", "special school pupil numbers now"),
        ("Special Schools' rolls?", "Special Schools' pupil numbers?"),
        ("the EP head-count", "the EP head-count"),
        ("headcount at our special schools", "pupil numbers at our special schools"),
        ("pupils on roll in special schools", "pupils on roll in special schools"),
        ("when do schools roll out the training", "when do schools roll out the training"),
        ("pupils on roll with SEN", "pupils on roll with SEN"),
    ],
)
def test_only_a_count_of_people_is_read_again(text: str, read: str) -> None:
    assert as_counted(text) == read
