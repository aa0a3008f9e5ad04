"""A check of what an answer named by its date said ("did the june 2023 answer say X?") is
answered by that answer's fact on X, not by its record (the date it was given, its minister):
the date names the answer, it is no date asked for, and no figure of it need give that year."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "did the june 2023 answer say more children are being placed in special schools?",
            "special-school-pupils-rise-since-2017",
        ),
        (
            "did the answer from june 2023 mention demand for special school places rising",
            "special-school-pupils-rise-since-2017",
        ),
        (
            "does the feb 2026 reply say most high needs money is passed to schools and colleges",
            "high-needs-funding-reaches-settings",
        ),
    ],
)
def test_the_named_answers_fact_on_what_is_checked(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert "was answered on" not in reply.text
