"""What answering needs to know about a base's measures, worked out once per index: each
measure's facts newest first, its name's words as the matcher folds them, where each fact sits.
Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sendbot.answering.match import FactIndex
from sendbot.knowledge.measures import history, measure_names
from sendbot.knowledge.model import Fact

# Words that say when, or that it is the national figure, not what: "the latest high needs
# budget", "how much is it now", "in England".
NEUTRAL_WORDS = """latest newest most recent recently current currently now today present moment
nowadays these days year years financial academic last this next previous coming following
figure figures number amount total overall level date update updates news old england
national nationally country send government"""
GENERIC_MEASURE_WORDS = "budget funding"


@dataclass(frozen=True, slots=True)
class MeasureTable:
    """What answering needs about a base's measures, worked out once per index."""

    histories: dict[str, tuple[Fact, ...]]  # measure -> its facts, newest period first
    terms: dict[str, frozenset[str]]  # measure -> its name's words as the matcher folds them
    positions: dict[str, int]  # fact id -> its position in the index
    neutral: frozenset[str]  # NEUTRAL_WORDS, folded
    change: frozenset[str]  # "increase", folded
    generic: frozenset[str]  # GENERIC_MEASURE_WORDS, folded


# One table per index, the last few kept: an index is replaced whole when the base changes.
_TABLES: dict[int, tuple[FactIndex, MeasureTable]] = {}
_TABLES_KEPT = 4


def measure_table(index: FactIndex) -> MeasureTable:
    kept = _TABLES.get(id(index))
    if kept is not None and kept[0] is index:
        return kept[1]
    names = measure_names(index.kb)
    table = MeasureTable(
        histories={name: history(index.kb, name) for name in names},
        terms={name: _folded_name(index, name) for name in names},
        positions={fact.id: position for position, fact in enumerate(index.facts)},
        neutral=frozenset(index.normaliser.terms(NEUTRAL_WORDS)),
        change=frozenset(index.normaliser.terms("increase")),
        generic=frozenset(index.normaliser.terms(GENERIC_MEASURE_WORDS)),
    )
    while len(_TABLES) >= _TABLES_KEPT:
        del _TABLES[next(iter(_TABLES))]
    _TABLES[id(index)] = (index, table)
    return table


def _folded_name(index: FactIndex, measure: str) -> frozenset[str]:
    return frozenset(index.normaliser.terms(_SPLIT_KEY.sub(r"\1/\2", measure.replace("-", " "))))


def measure_terms(index: FactIndex, measure: str) -> frozenset[str]:
    """A measure key's words as the matcher folds them: "high-needs-budget" -> high_need, fund."""
    known = measure_table(index).terms.get(measure)
    return known if known is not None else _folded_name(index, measure)


_SPLIT_KEY = re.compile(r"\b((?:19|20)\d{2}) (\d{2})\b")


def neutral_terms(index: FactIndex) -> frozenset[str]:
    return measure_table(index).neutral


def position_of(index: FactIndex, fact: Fact) -> int:
    return measure_table(index).positions[fact.id]
