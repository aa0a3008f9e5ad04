"""A yes/no question checking a figure it states of a measure it names ("is the high needs
budget £11bn?", "is the amount of high needs funding £9bn at the moment?"): the measure is
found with the figures set aside, as they are no word of its name. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from sendbot.answering.asked_measure import named_measure
from sendbot.answering.checked_claim import claims, with_bound
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import Question
from sendbot.knowledge.model import FigureKind


def without_claims(question: Question) -> Question:
    """The question without the sums, counts and percentages it states (years stay: they say
    which figure)."""
    text = question.text
    for claim in sorted(claims(text), reverse=True):
        if claim.kind is not FigureKind.DATE:
            # (with the words making it a bound: "reached £11bn" names no measure)
            start = claim.end - len(with_bound(text, claim))
            text = f"{text[:start]} {text[claim.end :]}"
    return replace(question, text=" ".join(text.split()))


def measure_checked(index: FactIndex, question: Question) -> str | None:
    """The measure a yes/no question names whose figure it checks ("is X £11bn?"); None when
    it states no figure but years, or names no measure."""
    if not question.checking:
        return None
    if all(claim.kind is FigureKind.DATE for claim in claims(question.text)):
        return None
    return named_measure(index, without_claims(question))
