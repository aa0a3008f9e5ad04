"""A school year group ("year 3 teacher here") is a class, not a figure: its number does not
draw a fact giving "£3 million" ahead of the one the question asks about."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.ranking import without_year_groups


@pytest.mark.parametrize(
    ("said", "left"),
    [
        (["year", "3", "teacher", "here"], ["year", "teacher", "here"]),
        (["yr", "11", "pupils"], ["yr", "pupils"]),
        (["the", "3", "year", "pilot"], ["the", "3", "year", "pilot"]),  # a length, kept
        (["year", "2024"], ["year", "2024"]),  # a calendar year, kept
        (["how", "much", "is", "it"], ["how", "much", "is", "it"]),
    ],
)
def test_the_number_of_a_year_group_is_left_out(said: list[str], left: list[str]) -> None:
    assert list(without_year_groups(said)) == left


def test_a_year_group_teacher_asking_about_pins_gets_pins(single_source_index: FactIndex) -> None:
    reply = answer(
        single_source_index,
        "year 3 teacher here, head mentioned we might be getting something called PINS for "
        "neurodiverse pupils, how much funding is it and when was it announced?",
    )
    assert reply.answered
    assert reply.fact is not None and reply.fact.id == "pins-programme"
