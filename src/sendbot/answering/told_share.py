"""A percentage the asker tells, asked as a sum or a count: "they said high needs is up by
4.3%, in cash terms how much is that?". Pure.

The asker has the share and asks what it comes to. The fact whose quote gives that very
percentage beside a sum ("a further £440 million, or 4.3%") says it; the total of the same year
shares more of the question's words ("high needs", "2024/25") but gives no 4.3%, so it is
another figure, not what the percentage comes to.
"""

from __future__ import annotations

from sendbot.answering.intent import Intent
from sendbot.answering.question import Question
from sendbot.knowledge.figures import FoundFigure, figures_besides_dates, same_figure
from sendbot.knowledge.model import Fact, FigureKind

# The figure a percentage is asked to come to, by what the question asks.
_KIND_ASKED = {Intent.AMOUNT: FigureKind.MONEY, Intent.COUNT: FigureKind.COUNT}


def shares_told(question: Question) -> tuple[FoundFigure, ...]:
    """The percentages a question asking how much or how many tells ("up by 4.3%"); none
    when it asks for something else (a percentage asked is no share told)."""
    if question.intent not in _KIND_ASKED:
        return ()
    return tuple(
        figure
        for figure in figures_besides_dates(question.text.lower())
        if figure.kind is FigureKind.PERCENT
    )


def gives_the_share(fact: Fact, shares: tuple[FoundFigure, ...]) -> bool:
    """The fact's quote gives one of the percentages told."""
    return any(
        figure.kind is FigureKind.PERCENT and any(same_figure(share, figure) for share in shares)
        for figure in figures_besides_dates(fact.quote)
    )


def says_what_it_comes_to(fact: Fact, shares: tuple[FoundFigure, ...], intent: Intent) -> bool:
    """The fact's quote gives one of the percentages told and a figure of the kind asked (a
    sum for "how much"), which is what the share comes to."""
    kind = _KIND_ASKED.get(intent)
    if kind is None or not gives_the_share(fact, shares):
        return False
    return any(figure.kind is kind for figure in figures_besides_dates(fact.quote))
