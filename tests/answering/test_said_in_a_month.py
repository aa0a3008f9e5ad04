"""On the shipped base: a month and year closing a question about what was said ("what did they
say about ... in june 2025") names the written answer given then, as "the june 2025 answer"
does: it asks for no figure of that month, so that answer's closest fact is the answer, not a
refusal for lacking the month."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what did they say about the ifs report in june 2025",
            "send-costs-strain-council-finances",
        ),
        (
            "what did the dfe say about supported internships in january 2023",
            "supported-internships-investment-2022",
        ),
    ],
)
def test_the_answer_of_the_month_said_answers(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
