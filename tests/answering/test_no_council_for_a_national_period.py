"""A question naming a year but no council ("is the high needs block up since 2024/25?") is
England's: the one close fact giving that year is no answer when it is one council's (its rise
on its own block for that year), however the period-fact rule reads it."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex

_COUNCILS_RISE = "warwickshire-high-needs-increase-2025-26"


@pytest.mark.parametrize(
    "question",
    ["is the high needs budget up since 2024-25", "is the high needs block up since 2024/25"],
)
def test_a_year_asked_of_england_gets_no_councils_figure(
    shipped_index: FactIndex, question: str
) -> None:
    # Was answered with Warwickshire's £6.9m rise on its 2024/25 block.
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != _COUNCILS_RISE, reply.text
    assert reply.fact is None or reply.fact.place is None, reply.text


def test_the_council_named_still_gets_its_rise(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is warwickshire's high needs block up since 2024/25?")
    assert reply.answered and reply.fact is not None and reply.fact.id == _COUNCILS_RISE
