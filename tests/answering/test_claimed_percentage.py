"""A percentage claimed is checked only against a percentage the quote gives.

"5% cut in high needs?" was answered "Yes: the written answer gives over five." (the "over
five" of "60% over five years"), and "someone said 15% more special schools opened, true?"
"Yes: the written answer gives 15." (the 15 schools opened): a claim confirmed that the source
does not make. A count or sum claimed is still backed by a count or sum of the same value."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        ("5% cut in high needs?", "high-needs-budget-increase", "60%, not 5%"),
        ("a 5% cut in high needs funding?", "high-needs-budget-increase", "60%, not 5%"),
        ("high needs up 5%?", "high-needs-budget-increase", "60%, not 5%"),
        (
            "heard high needs only went up 5 percent, is that right?",
            "high-needs-budget-increase",
            "60%, not 5 percent",
        ),
        (
            "is the high needs increase 5% over five years?",
            "high-needs-budget-increase",
            "60%, not 5%",
        ),
        ("someone said 15% more special schools opened, true?", "special-schools-opened", None),
        ("is it true 400% more EPs are being trained?", "educational-psychologists-trainees", None),
    ],
)
def test_a_percentage_is_not_confirmed_by_a_count_of_the_same_number(
    shipped_index: FactIndex, question: str, fact_id: str, line: str | None
) -> None:
    reply = answer(shipped_index, question)
    assert reply.fact is not None and reply.fact.id == fact_id, reply.text
    first = reply.text.splitlines()[0]
    assert not first.startswith("Yes:"), first
    if line is not None:
        assert first == f"The written answer gives {line}."


@pytest.mark.parametrize(
    ("question", "fact_id", "first"),
    [
        (
            "is high needs up 60%?",
            "high-needs-budget-increase",
            "Yes: the written answer gives 60%.",
        ),
        (
            "is it 60% over five years?",
            "high-needs-budget-increase",
            "Yes: the written answer gives 60%.",
        ),
        (
            "did the special schools budget go up 3%?",
            "special-schools-budget-increase-2023-24",
            "The written answer gives 3.4%, not 3%.",
        ),
        (
            "were 15 special schools opened?",
            "special-schools-opened",
            "Yes: the written answer gives 15.",
        ),
        (
            "is it 400 educational psychologists being trained?",
            "educational-psychologists-trainees",
            "Yes: the written answer gives 400.",
        ),
    ],
)
def test_figures_of_the_same_kind_are_still_checked(
    shipped_index: FactIndex, question: str, fact_id: str, first: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None and reply.fact.id == fact_id, reply.text
    assert reply.text.splitlines()[0] == first
