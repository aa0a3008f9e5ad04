"""On the shipped base: asked for the newest, or whether something still holds, a time to come
the asker heard ("'later this year'") is what they heard, not the period asked: the newest
answer's word on when (a Schools White Paper early in the new year) is the reply."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_claimed_timing
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "is the dfe still saying send reforms come 'later this year'?",
        "heard the reform plans were due 'later this year' - any update on that?",
    ],
)
def test_a_timing_heard_gets_the_newest_word_on_when(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")
    assert "early in the new year" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "will the reform plans come later this year?",  # neither the newest nor "still" asked
        "latest on high needs funding for next year",  # next year, unquoted, is the period asked
    ],
)
def test_a_timing_that_is_asked_stays(question: str) -> None:
    assert without_claimed_timing(question) == question
