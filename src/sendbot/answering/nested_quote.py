"""A fact whose quote holds a sibling's whole and adds a count ("... to drive better outcomes
and standards ..., with 23 inspection reports published so far") put before that sibling only
when the question asks for the count or names what it adds. Pure.

"Has the government made local authority inspections tougher?" is answered by the fact saying
the regime was strengthened; the fact that adds how many reports were published says it too,
and a story told before the question ("our LA got a terrible SEND report") lifts it by a word
its added clause shares, though the asking clauses ask nothing of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from sendbot.knowledge.model import Fact, FigureKind


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def adds_a_count_to(longer: Fact, shorter: Fact) -> bool:
    """`longer` quotes `shorter`'s quote whole, from the same written answer, and gives a
    count that `shorter` does not."""
    return (
        longer.source_id == shorter.source_id
        and longer is not shorter
        and _gives_a_count(longer)
        and not _gives_a_count(shorter)
        and _folded(shorter.quote) in _folded(longer.quote)
    )


def adding_a_count(facts: Sequence[Fact]) -> frozenset[int]:
    """The positions of the facts that add a count to another fact (`adds_a_count_to`): worked
    out once per base, so that a question whose top fact adds none reads no candidate for it.
    Only facts of one written answer are compared."""
    by_source: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_source[fact.source_id].append(fact)
    return frozenset(
        position
        for position, fact in enumerate(facts)
        if _gives_a_count(fact)
        and any(adds_a_count_to(fact, other) for other in by_source[fact.source_id])
    )


def _gives_a_count(fact: Fact) -> bool:
    return any(figure.kind is FigureKind.COUNT for figure in fact.figures)


def asks_what_it_adds(
    longer: Fact, shorter: Fact, asking: Sequence[str], terms: Callable[[str], Sequence[str]]
) -> bool:
    """The asking clauses' terms (`asking`) name something only `longer`'s quote says: "have
    any inspection reports been published?" asks what the count adds."""
    added = set(terms(longer.quote)) - set(terms(shorter.quote))
    return not added.isdisjoint(asking)
