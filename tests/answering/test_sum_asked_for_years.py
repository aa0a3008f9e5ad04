"""A phrase naming a sum and only years ("budget for the change programme 2023?", "£ for new
special school places 2022 to 2025??") asks for the sum in that time: the years are no claim
to confirm, so the reply does not open "Yes: the written answer gives 2023.", as if the asker
had checked a date. A phrase stating a sum, or a date with no sum named, is still checked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("budget for the change programme 2023?", "change-programme"),
        (
            "£ for new special school places 2022 to 2025??",
            "specialist-places-investment-2022-2025",
        ),
        ("PINS funding 2023?", "pins-programme"),
        ("EP training money 2024 and 2025?", "educational-psychologists-funding"),
    ],
)
def test_the_years_of_a_sum_asked_are_no_claim_confirmed(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert not reply.text.startswith("Yes:"), reply.text


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        ("£70m change programme 2023?", "Yes: the written answer gives £70 million"),
        ("change programme launched jan 2024?", "The written answer gives September 2023"),
    ],
)
def test_a_sum_or_a_date_stated_is_still_checked(
    shipped_index: FactIndex, question: str, first_line: str
) -> None:
    assert answer(shipped_index, question).text.startswith(first_line)
