"""A count asked of a sum the question names ("how many EPs does the £21m pay to train"), where
the fact giving the sum says the count in its quote ("£21 million to train 400 more education
psychologists") and another fact of the same written answer gives that count as its figure:
that fact answers. The sum's fact, ranked first for the sum it shares, gives an amount, not a
number; the count's fact was held back for not repeating the sum. Pure.
"""

from __future__ import annotations

from sendbot.knowledge.figures import FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import Fact, FigureKind


def gives_a_sum_named(fact: Fact, sums: tuple[FoundFigure, ...]) -> bool:
    """One of the fact's own figures is a sum the question names."""
    return any(
        given.kind is FigureKind.MONEY and any(same_figure(said, given) for said in sums)
        for given in fact.figures
    )


def counts_in_quote(fact: Fact) -> tuple[int | float | str, ...]:
    """The counts the fact's quote says, besides its own figures: what its sum buys."""
    return tuple(f.value for f in extract_figures(fact.quote) if f.kind is FigureKind.COUNT)


def gives_count(fact: Fact, values: tuple[int | float | str, ...]) -> bool:
    """One of the fact's own figures is a count among `values`."""
    return any(given.kind is FigureKind.COUNT and given.value in values for given in fact.figures)
