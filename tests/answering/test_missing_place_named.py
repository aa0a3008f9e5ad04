"""The sentence for a place the source does not give names what is missing: "The written
answer doesn't say where." ended on a bare "where" that left the parent to fill in the rest."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex

PLACE_MISSING = "The written answer doesn't give a place for that."


def test_where_it_happens_is_said_missing_as_a_place(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "where is the change programme happening?")
    assert not reply.answered
    assert reply.text.splitlines()[0] == PLACE_MISSING


@pytest.mark.parametrize(
    "question",
    [
        "where will the 15 new special schools from the spring budget be? has dfe said",
    ],
)
def test_where_new_schools_will_be_is_said_missing_as_a_place(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert not reply.answered
    assert reply.missing == PLACE_MISSING
    assert PLACE_MISSING in reply.text
