"""Questions clipped to a few words, or naming a programme in part or by its initials ("budget
of change prog", "when does the SI pilot run until", "partnerships for inclusion of
neurodiversity - how much funding", "num of new spec schools"), and chat that says how short
an answer is wanted ("in a nutshell", "tl;dr"), are read as the plain question they stand for."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("budget of change prog", "change-programme"),
        ("partnerships for inclusion of neurodiversity - how much funding", "pins-programme"),
        ("when was the partnership for inclusion of neuro diversity announced", "pins-programme"),
        ("when does the SI pilot run until", "supported-internships-pilot"),
        ("whats the PQ about in a nutshell", "document-question"),
        ("tl;dr what's this written question about", "document-question"),
    ],
)
def test_clipped_questions_are_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_num_of_asks_how_many() -> None:
    assert analyse("num of new spec schools").intent is Intent.COUNT
