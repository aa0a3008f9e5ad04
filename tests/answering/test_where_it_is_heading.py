"""On the shipped base: "where is demand heading?" asks which way something is going, not for
a place: it was told "The written answer doesn't say where." beside the very answer it asked
about."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_where_demand_is_heading_is_no_place_asked(shipped_index: FactIndex) -> None:
    question = (
        "our LA quotes a 2023 answer saying demand for specialist places 'has grown in recent"
        " years' - is that still the latest DfE line on where demand is heading?"
    )
    assert analyse(question).intent is not Intent.PLACE
    reply = assert_answered_with(shipped_index, question, "specialist-placements-expected-to-rise")
    assert "doesn't say where" not in reply.text and "give a place" not in reply.text


def test_where_a_measure_is_heading_is_answered_not_told_it_names_no_place(
    shipped_index: FactIndex,
) -> None:
    question = "where is demand for special school places heading?"
    assert analyse(question).intent is not Intent.PLACE
    reply = answer(shipped_index, question)
    assert reply.answered and reply.missing is None


@pytest.mark.parametrize(
    "question",
    [
        "where will the new special free schools be?",
        "where are the new schools heading to be built",
    ],
)
def test_where_something_will_be_is_still_a_place(question: str) -> None:
    assert analyse(question).intent in (Intent.PLACE, Intent.NAMED_LIST)
