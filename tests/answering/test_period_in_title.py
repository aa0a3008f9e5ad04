"""On the shipped base: a figure's period may be said only by its title or label (the quote
says Warwickshire "is being allocated over £104 million"; the title says it is the allocation
for 2025/26), and a question asking for that period is answered, not told the answer gives
the figure only as of its date."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "we're in warwickshire - how much high needs money is the council getting in 2025/26?",
            "warwickshire-high-needs-increase-2025-26",
        ),
        (
            "live in warwickshire, what high needs funding does the county council get in 2025/26",
            "warwickshire-high-needs-2025-26",
        ),
    ],
)
def test_a_period_only_the_title_names_is_still_the_figure_s_period(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert "over £104 million" in reply.text
