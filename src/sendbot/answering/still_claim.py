""" "is it still £10.5bn?": a figure the asker believes holds, checked against the newest one.
When the claimed figure is an earlier figure of the measure and not the newest, the reply says
it no longer holds, beside the newest figure it gives. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.reply import EarlierFigure
from sendbot.knowledge.figures import FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import Fact


def no_longer_holds(
    question: str, words: Sequence[str], newest: Fact, earlier: Sequence[EarlierFigure]
) -> str | None:
    """One sentence when the question says "still" of an earlier figure; else None."""
    if "still" not in words or not earlier:
        return None
    claimed = extract_figures(question)
    if not claimed or any(_backed(claim, newest.quote) for claim in claimed):
        return None
    for figure in earlier:
        if any(_backed(claim, figure.value) for claim in claimed):
            return f"No longer: that was {figure.text}; the newest figure is the one above."
    return None


def _backed(claim: FoundFigure, text: str) -> bool:
    return any(same_figure(claim, found) for found in extract_figures(text))
