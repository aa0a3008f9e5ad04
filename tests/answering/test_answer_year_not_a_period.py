"""A year naming the written answer ("(2023 reply)", "the june 2023 answer") is when it was
given, not a period the figure must be for: a fact of that answer giving a figure compared
with another year still answers. And asked whether something has grown, a close fact saying it
has comes before one saying nothing of a change ("we have responded to this by ...")."""

import pytest

from sendbot.answering.answer_year import years_naming_an_answer
from sendbot.answering.asked_so_far import says_no_change_happened
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "did specialist placements go up? (2023 reply)",
        "have specialist placements grown, 2023 answer?",
    ],
)
def test_the_answers_year_does_not_hide_the_fact_saying_it_has_grown(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "We have responded to this by developing new specialist provision", which gives no
    # year to mismatch but does not say whether demand grew.
    reply = assert_answered_with(shipped_index, question, "special-school-pupils-rise-since-2017")
    assert "has grown" in reply.text and "50,000" in reply.text


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("has demand gone up? (2023 answer)", {"2023"}),
        ("in the june 2023 answer, what did the minister say about demand", {"2023"}),
        ("what does the answer from 2024 say, and the 2025 lords reply?", {"2024", "2025"}),
        ("how much was high needs funding in 2023", set()),
        ("how many more pupils than in 2017", set()),
    ],
)
def test_the_years_naming_an_answer(question: str, years: set[str]) -> None:
    assert years_naming_an_answer(analyse(question)) == years


def test_a_quote_saying_nothing_of_a_change() -> None:
    assert says_no_change_happened("We have responded to this by developing new provision.")
    assert says_no_change_happened("Numbers are expected to continue to increase.")
    assert not says_no_change_happened("Demand has grown in recent years.")
