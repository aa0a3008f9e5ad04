"""Asked how much more one council got ("how much extra is Warwickshire getting?", "what was
Warwickshire's increase?"), declined: the closest fact answers when it is that place's own
fact, gives a sum its figure's label calls a rise, holds every word the question names, and
no other close fact gives that place another rise. Pure.

Such a question is short (the place, "extra" or "more", a verb), so the evidence model is
unsure though one fact alone is about the place's rise; the curated phrasings of the place's
allocation rank close behind, but give the total, not the rise asked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.newest import Newest
from sendbot.answering.ranking import rank
from sendbot.knowledge.model import FigureKind

# How many of the next facts are looked at for another rise of the same place, and how much
# of what the question names the closest fact must hold.
PLACE_RISE_RIVALS = 6
PLACE_RISE_COVERAGE = 0.99

# A figure's label naming a rise: "increase on Warwickshire's 2024/25 high needs block".
_RISE_LABEL = re.compile(r"\b(?:increase|increases|rise|rises|uplift|extra|additional|more)\b")


def _place_rise(index: FactIndex, position: int, places: frozenset[str]) -> float | None:
    """The sum a fact of one of `places` (its own place, not England's) gives as a rise."""
    fact = index.facts[position]
    if index.profiles[position].place.lower() not in places:
        return None
    rises = (
        figure.value
        for figure in fact.figures
        if figure.kind is FigureKind.MONEY and _RISE_LABEL.search(figure.label.lower())
    )
    value = next(rises, None)
    return float(value) if isinstance(value, int | float) else None


def place_rise_answered(read: FirstReading) -> Newest | None:
    """A declined question asking by how much a named place's money rose, answered by the
    closest fact giving that place's rise, when no other close fact gives it another."""
    result = read.newest.result
    if result.outcome is not Outcome.DECLINED or result.verdict is not Verdict.NONE:
        return None
    asked = read.asked
    if not asked.change or not asked.places or asked.intent is not Intent.AMOUNT:
        return None
    places = frozenset(place.lower() for place in asked.places)
    index = read.index
    ranking = rank(index, read.spelt)
    if not ranking.candidates:
        return None
    closest = ranking.candidates[0]
    if closest.evidence.missing is not None or closest.evidence.coverage < PLACE_RISE_COVERAGE:
        return None
    rise = _place_rise(index, closest.position, places)
    if rise is None:
        return None
    for other in islice(ranking.candidates, 1, 1 + PLACE_RISE_RIVALS):
        if _place_rise(index, other.position, places) not in (None, rise):
            return None  # another rise of the place: which one is asked is not clear
    best = result.best
    if best is None or best.fact is not index.facts[closest.position]:
        return None
    offered = tuple(item for item in result.suggestions if item.fact is not best.fact)
    answered = result.answered_if_confident(Verdict.PLACE_RISE, best)
    if answered is None:
        return None
    return replace(read.newest, result=replace(answered, suggestions=offered))
