"""A verdict asked of a figure with "still" in it ("is £12bn enough or is it still
underfunded?") is not "is it still £12bn?": no figure says whether a sum is enough, so the
reply says the written answer makes no such judgement, never "Yes: ... gives over £12 billion".
"Is it still about £10bn?" keeps asking for the newest figure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "is the £12bn for high needs enough or is it still underfunded",
        "is £12 billion still not enough for send",
    ],
)
def test_a_verdict_with_still_is_not_answered_yes(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED
    assert not reply.text.startswith("Yes")


def test_still_a_figure_is_answered_with_the_newest(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is high needs funding still around £10bn?")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and "over £12 billion" in reply.fact.quote
