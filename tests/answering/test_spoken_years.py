"""Years said in words, as speech-to-text writes them ("twenty twenty-three to twenty-four"),
are read as the years in figures: the fact for that year answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.spoken_years import with_years_in_figures
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "what was high needs funding in twenty twenty-three to twenty-four",
            "high-needs-total-2023-24",
            "10.1 billion",
        ),
        (
            "high needs budget for twenty twenty four to twenty five?",
            "high-needs-funding-2024-25",
            "10.5 billion",
        ),
    ],
)
def test_a_year_said_in_words_gets_that_years_figure(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("in twenty twenty-three to twenty-four", "in 2023/24"),
        ("from twenty twenty to twenty thirty", "from 2020 to 2030"),
        ("twenty one new schools", "twenty one new schools"),  # a count, not a year
        ("twenty-five places", "twenty-five places"),
    ],
)
def test_only_years_are_written_in_figures(said: str, read: str) -> None:
    assert with_years_in_figures(said) == read
