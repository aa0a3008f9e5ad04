"""The wording the "what the source lacks" sentences share: how they start ("The written answer
doesn't name who.") and how they name a fact's main figure. Its own module so that missing and
the modules it imports (only_mentioned, asked_when) share one copy without an import cycle.
Pure.
"""

from __future__ import annotations

from typing import Protocol

from sendbot.knowledge.model import FigureKind

SOURCE = "The written answer"


class Figured(Protocol):
    """What is read of a fact's profile to name its main figure (missing.FactProfile)."""

    @property
    def main_label(self) -> str: ...  # the label of its first figure that is not a date
    @property
    def main_kind(self) -> FigureKind | None: ...


def the_figure(fact: Figured) -> str:
    """Its main figure as a sentence says it: "the number of approved schools"."""
    if not fact.main_label:  # a figure curated without a label still reads as a sentence
        return "a number" if fact.main_kind is FigureKind.COUNT else "a figure"
    if fact.main_kind is FigureKind.COUNT:
        return f"the number of {fact.main_label}"
    return f"the {fact.main_label}"
