"""A goodbye saying where the asker is off to ("cheers, off to pick up the kids now bye") gets
the goodbye reply, not a decline; a question asked on the way out is still answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "message",
    [
        "thanks, off to collect my daughter from school now, bye",
        "right, got to go and cook tea, bye!",
        "ok i'm off to the school gates, see you",
    ],
)
def test_leaving_with_a_goodbye_is_a_goodbye(single_source_index: FactIndex, message: str) -> None:
    assert answer(single_source_index, message).outcome is Outcome.GREETING


def test_a_question_asked_on_the_way_out_is_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "off to pick up the kids, how many new special schools opened? bye",
        "special-schools-opened",
    )
