"""Years said in words, as speech-to-text writes them ("twenty twenty-three to twenty-four"),
are read as the years in figures: the fact for that year answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.spoken_years import with_month_years_in_full, with_years_in_figures
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


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("what did the nov 25 question ask", "what did the nov 2025 question ask"),
        ("send reform timing in june 25", "send reform timing in june 2025"),
        ("the jan '26 answer", "the jan 2026 answer"),
        # two answers compared, each named by a month: left as said
        (
            "between the nov 23 and feb 24 answers",
            "between the nov 23 and feb 24 answers",
        ),
        # a day of the month, not a year
        ("what happened on june 25", "what happened on june 25"),
        ("the june 25th answer", "the june 25th answer"),
        ("in june 25, 2025", "in june 25, 2025"),
        ("by may 24 the locations", "by may 24 the locations"),
        ("approved as of feb 24", "approved as of feb 24"),
        ("sept 23 answer - the rise", "sept 23 answer - the rise"),
        ("opened since sept 23", "opened since sept 23"),
    ],
)
def test_a_months_two_digit_year_is_read_in_full_only_where_it_is_a_year(
    said: str, read: str
) -> None:
    assert with_month_years_in_full(said) == read


def test_the_answer_named_by_month_and_two_digit_year_answers(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "what did the nov 25 question actually ask about", "wp-2025-11-21-question"
    )
    assert "Question 82987" in reply.text
