"""Facts near a given fact, for the "Related" button. Pure."""

from __future__ import annotations

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import SUGGESTION_FLOOR
from sendbot.answering.ranking import rank
from sendbot.knowledge.model import Fact

MAX_RELATED = 3


def related_facts(index: FactIndex, fact: Fact, limit: int = MAX_RELATED) -> tuple[Fact, ...]:
    """The facts that best match this fact's own title and statement, itself left out;
    topped up with the facts sharing most of its tags."""
    ranking = rank(index, f"{fact.title or ''} {fact.statement}")
    found: list[Fact] = []
    for candidate in ranking.candidates:
        other = index.facts[candidate.position]
        if other.id != fact.id and candidate.evidence.rank_score >= SUGGESTION_FLOOR:
            found.append(other)
    if len(found) < limit and fact.tags:
        tags = set(fact.tags)
        sharing = sorted(
            (other for other in index.facts if other.id != fact.id and tags & set(other.tags)),
            key=lambda other: -len(tags & set(other.tags)),
        )
        found += [other for other in sharing if other not in found]
    return tuple(found[:limit])
