"""A question naming a figure to ask something else of it ("how many places will the £2.6bn
create?") and a fact that lacks that figure: when the figure is another written answer's, nothing
in the sources ties the fact's own figure to it (the 1,500 places of schools opened a year later
are not what the £2.6bn creates). Within one written answer the two may go together ("£21
million to train 400"). Pure.
"""

from __future__ import annotations

from sendbot.knowledge.figures import figures_besides_dates
from sendbot.knowledge.model import Fact, FigureKind


def figure_of_another_answer(text: str, lacking: Fact, giving: Fact) -> bool:
    """`giving`, a fact of another written answer than `lacking`'s, gives a sum, count or
    percentage `text` names (on value: "the 21 million" is read as a count)."""
    if giving.source_id == lacking.source_id:
        return False
    named = {figure.value for figure in figures_besides_dates(text)}
    return any(
        figure.value in named for figure in giving.figures if figure.kind is not FigureKind.DATE
    )
