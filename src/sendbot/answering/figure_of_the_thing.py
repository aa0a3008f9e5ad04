"""Whether a fact gives a figure of the thing it speaks of, when figures are asked ("the newest
data on special school numbers"): a count of years that only says how long ("higher than at any
time in the past fifty years", "over five years") measures a span of time, not the thing, as a
date does not. Pure."""

from __future__ import annotations

from sendbot.knowledge.model import Fact, Figure, FigureKind

# Units that make a count a span of time ("50 years"), not an age ("16 years old") nor a figure
# of the thing counted.
_SPAN_UNITS = frozenset({"years", "year", "months", "month", "weeks", "week", "days", "day"})


def _only_a_time(figure: Figure) -> bool:
    return figure.kind is FigureKind.DATE or (
        figure.kind is FigureKind.COUNT and (figure.unit or "").strip().lower() in _SPAN_UNITS
    )


def gives_a_figure_of_the_thing(fact: Fact) -> bool:
    """A count, sum or share of the thing: not only dates, nor only spans of time."""
    return any(not _only_a_time(figure) for figure in fact.figures)
