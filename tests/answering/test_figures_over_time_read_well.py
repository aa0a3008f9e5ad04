"""The lines beside an answer that list a measure's figures over time read naturally: each
runs in time order, up to the figure shown or on from it, and each quoted piece keeps the
words that give its figure its meaning and starts where a reader can take it in, never a
number written anew."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.quoted_fragment import figure_fragment
from sendbot.answering.reply import display_quote


def _line(text: str, opening: str) -> str:
    lines = [line for line in text.splitlines() if line.startswith(opening)]
    assert lines, text
    return lines[0]


def test_later_figures_are_listed_in_time_order(shipped_index: FactIndex) -> None:
    # 2023/24 asked for: 2024/25's figure comes next, then 2025/26's.
    reply = answer(shipped_index, "How much was high needs funding in 2023/24?")
    line = _line(reply.text, "Later:")
    assert line.index("£10.5 billion in 2024/25") < line.index("£12 billion in the 2025/26")


def test_earlier_figures_lead_up_to_the_figure_shown(shipped_index: FactIndex) -> None:
    # 2025/26's figure shown: 2023/24's comes first, then 2024/25's, as "Later:" runs.
    line = _line(answer(shipped_index, "How much is high needs funding?").text, "Earlier:")
    assert line.index("£10.1 billion next year") < line.index("£10.5 billion in 2024/25")


@pytest.mark.parametrize(
    ("fact_id", "piece"),
    [
        # The 76 are in addition to schools approved before: "76 special free schools" alone
        # read as all there are.
        ("special-free-schools-approved", "a further 76 special free schools"),
        ("high-needs-increase-2024-25", "a further £440 million"),
        ("high-needs-funding-reaches-settings", "in excess of £6,000 per pupil"),
        # An increase, not the budget's total.
        ("high-needs-increase-2025-26", "an increase of £1 billion for high needs budgets"),
    ],
)
def test_a_piece_keeps_the_words_before_its_figure_that_change_its_meaning(
    shipped_index: FactIndex, fact_id: str, piece: str
) -> None:
    shown = figure_fragment(shipped_index.kb.fact(fact_id))
    assert shown is not None and shown.startswith(piece)


@pytest.mark.parametrize(
    ("fact_id", "piece"),
    [
        ("high-needs-total-2025-26", "over £12 billion in the 2025/26 financial year"),
        ("schools-and-high-needs-rise-2024-25", "over £1.8 billion higher in 2024/25"),
        ("core-schools-budget-2028-29", "£69.5 billion by 2028/29"),
    ],
)
def test_a_piece_does_not_start_with_a_verb_whose_subject_it_leaves_out(
    shipped_index: FactIndex, fact_id: str, piece: str
) -> None:
    fact = shipped_index.kb.fact(fact_id)
    assert figure_fragment(fact) == piece
    assert piece in display_quote(fact.quote)


def test_the_newest_high_needs_total_is_quoted_from_its_figure_not_its_verb(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "How much was high needs funding in 2023/24?")
    line = _line(reply.text, "Later:")
    assert '"over £12 billion in the 2025/26 financial year"' in line
    assert '"is over' not in line


def test_an_earlier_approval_is_listed_beside_a_further_one(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "How many special free schools were approved in March 2023?")
    line = _line(reply.text, "Later, though said in an earlier answer:")
    assert '"a further 76 special free schools"' in line
