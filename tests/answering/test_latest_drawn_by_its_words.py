"""'The latest X' where X alone finds nothing close: a fact that only the words asking for the
newest drew the question to (phrasings saying "the latest high needs budget") is no answer,
and with no news on X either the question is declined, not answered with a figure of another
thing."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    "question",
    [
        "latest dfe line on how high needs funding gets to a school",
        "latest department line on how high needs cash gets to schools",
    ],
)
def test_a_fact_only_latest_drew_it_to_is_not_given(
    shipped_index: FactIndex, question: str
) -> None:
    # With "line" read as asking for the newest, X alone (how the money gets to schools) finds
    # the February 2026 answer's word on it; never the total "latest" drew it to.
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != "high-needs-total-2025-26", reply.text
    assert not reply.answered or reply.fact.id == "high-needs-funding-reaches-settings", reply.text
