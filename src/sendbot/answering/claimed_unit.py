"""A count claimed with what it counts: "wasn't it 20 special schools?", "didn't they say 500
EPs?". The words after the number name the unit (special schools, educational psychologists),
and a fact whose count is of that unit is the one the claim is about, whatever figure it gives:
not the 76 special free schools approved for "20 special schools", though both count schools.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sendbot.answering.checked_claim import Claim
from sendbot.answering.fact_index import FactIndex
from sendbot.knowledge.model import Fact, FigureKind

# How many words after a count may say what it counts: "200 extra ed psychs".
UNIT_WORDS = 4
_CLAUSE_END = re.compile(r"[?!.,;:]")


def names_its_unit(index: FactIndex, fact: Fact, text: str, stated: Iterable[Claim]) -> bool:
    """A count claimed in `text` is followed by every word of the unit of one of the fact's
    counts ("30 LAs" of "32 local authorities": the same word once folded)."""
    units = [
        frozenset(index.normaliser.terms(figure.unit))
        for figure in fact.figures
        if figure.kind is FigureKind.COUNT and figure.unit
    ]
    if not units:
        return False
    lowered = text.lower()
    for claim in stated:
        if claim.kind is not FigureKind.COUNT:
            continue
        clause = _CLAUSE_END.split(lowered[claim.end :], maxsplit=1)[0]
        after = " ".join(clause.split()[:UNIT_WORDS])
        said = frozenset(index.normaliser.terms(after))
        if any(unit and unit <= said for unit in units):
            return True
    return False
