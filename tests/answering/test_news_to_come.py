"""On the shipped base: "the latest on when X will come out" asks about what is to come, which
the newest written answer's facts say; its record (what the member asked, when) does not."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "whats the most recent word on when the govt will publish its send reform plans",
        "latest on when the government will publish the send reform plans",
    ],
)
def test_when_plans_will_be_published_gets_what_the_answer_says_of_them(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "schools-white-paper-early-new-year")


def test_when_the_latest_answer_was_published_still_gets_its_record(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "when was the most recent answer on send reform published")
    assert reply.answered and reply.fact is not None, reply.text
    assert "document" in reply.fact.tags, reply.text
