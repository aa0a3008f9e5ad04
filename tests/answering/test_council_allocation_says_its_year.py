"""A council's allocation is given with the year it is for. The written answer names the year
only in the sentence before ("High needs funding in England will total over £12 billion in
the 2025/26 financial year. Of that total, Warwickshire ..."): a quote starting at "Of that
total" left the reader to guess which total, and which year."""

from __future__ import annotations

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    "question",
    [
        "how much money does warwickshire get for high needs?",
        "what is warwickshire's high needs allocation?",
    ],
)
def test_the_allocation_names_its_year_in_the_answer_and_the_quote(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "warwickshire-high-needs-2025-26"
    statement, quote = reply.text.split("\n")[:2]
    assert "over £104 million" in statement and "2025/26" in statement
    assert quote.startswith('> "High needs funding in England will total')
    assert "2025/26 financial year. Of that total, Warwickshire" in quote
