"""A partial reply to "is Devon part of the change programme?" shows the fact counting the
councils that take part, when one is about as close on topic: "the written answer doesn't say
whether Devon takes part" is followed best by how many councils do (32 of them), not by what
the programme's evaluation is for. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.place_takes_part import asks_if_place_takes_part
from sendbot.answering.question import Question
from sendbot.answering.ranked import Candidate

# How close on topic, as a share of the closest fact's score, the count must be: of the same
# thing asked about (the Change Programme's councils), not another programme's.
MEMBERS_SHARE = 0.8
# How far down the ranking it may be.
MEMBERS_RIVALS = 4

# The folded terms of the kinds of place a place asked about is one of: a council, an area,
# a region. (A count of schools is not of the places a council or county is one of.)
_PLACE_KINDS = frozenset({"la", "area", "region"})


def members_counted(
    index: FactIndex,
    question: Question,
    closest: tuple[float, Candidate],
    candidates: Sequence[Candidate],
) -> Candidate | None:
    """The fact to show instead of `closest` when the question asks whether a place takes
    part and a fact about as close on topic counts the places that do; None otherwise."""
    if not question.places or not asks_if_place_takes_part(question.text, question.places):
        return None
    closest_score, first = closest
    if _counts_places(index, first):
        return None
    for other in candidates[:MEMBERS_RIVALS]:
        if other.evidence.topic_rank_score < closest_score * MEMBERS_SHARE:
            continue
        if other.evidence.missing is not None and _counts_places(index, other):
            return other
    return None


def _counts_places(index: FactIndex, candidate: Candidate) -> bool:
    return not index.profiles[candidate.position].count_terms.isdisjoint(_PLACE_KINDS)
