"""'Have all councils been helped with X?' asks whether help was given them (passive), which a
fact saying the department supported them answers; 'have pupils been helped by X?' asks what X
did for them, which no written answer here reports."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome
from tests.answering.expected_replies import assert_answered_with

ALL_LAS = "supported-internships-all-las"


@pytest.mark.parametrize(
    "question",
    [
        "have all local authorities been helped with their supported internships?",
        "have councils been helped with supported internship offers",
    ],
)
def test_help_given_is_answered(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, ALL_LAS)


@pytest.mark.parametrize(
    "question",
    [
        "have primary schools been helped by pins",
        "have autistic pupils been helped by the autism training",
    ],
)
def test_helped_by_it_asks_what_came_of_it(single_source_index: FactIndex, question: str) -> None:
    assert answer(single_source_index, question).outcome is not Outcome.ANSWERED
