"""Places asked for the smaller of two kinds of school whose places a figure counts together:
partial, naming what the figure is for; the larger kind and the whole are answered as before."""

from __future__ import annotations

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex

JOINT = "special-school-places-created"


@pytest.mark.parametrize(
    "question",
    [
        "how many places are there in the new AP schools?",
        "how many alternative provision places were created",
        "how many AP places did they make this year",
    ],
)
def test_places_of_the_smaller_kind_alone_are_not_given(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome.value == "partial"
    assert reply.missing is not None
    assert "together, not a separate figure for" in reply.missing
    assert "places" in reply.missing


@pytest.mark.parametrize(
    "question",
    ["how many places in the new special schools?", "how many new places were created in total"],
)
def test_places_of_the_larger_kind_or_of_both_are_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None and reply.fact.id == JOINT
