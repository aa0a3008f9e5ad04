"""Which written answer a question about an answer itself names, by its topic. Pure.

Every written answer has the same records (who answered it, when it was answered or asked),
so "who answered the supported internships q?" and "in the one about where the 15 new special
schools go, when was it answered" differ from the same question about another answer only in
the words naming the topic. A record whose phrasings share more of the other words ("what's the
job title of the minister who replied") can come first although its answer is about something
else; the topic words say which answer is meant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Sequence

from sendbot.answering.answer_parts import (
    ANSWERER_WORDS,
    ANSWERING_WORDS,
    ASKING_WORDS,
    DEPARTMENT_WORDS,
    DOCUMENT_TAG,
    OFFICE_WORDS,
    PUBLICATION_WORDS,
    QUESTION_WORDS,
    ROLE_WORDS,
    WHEN_WORDS,
    WHO_WORDS,
    answer_part,
)
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.normalise import stem
from sendbot.answering.ranked import RankedCandidates

# Words asking for a part of an answer, or pointing at one ("the one about", "the q", "what
# role is shown"): they are the same for every answer, so they name none.
_PART_WORDS = (
    ASKING_WORDS
    | ANSWERING_WORDS
    | ANSWERER_WORDS
    | QUESTION_WORDS
    | DEPARTMENT_WORDS
    | WHEN_WORDS
    | WHO_WORDS
    | PUBLICATION_WORDS
    | ROLE_WORDS
    | OFFICE_WORDS
    | frozenset("one q show shows shown list lists listed".split())
)
_PART_TERMS = _PART_WORDS | frozenset(stem(word) for word in _PART_WORDS)


@per_index
def _record_terms(index: FactIndex) -> dict[str, frozenset[str]]:
    """By source, the terms of its records of the answer itself: the words its curator used
    to name that answer ("the question on supported internship places")."""
    terms: dict[str, set[str]] = defaultdict(set)
    for fact, fact_terms in zip(index.facts, index.fact_terms, strict=True):
        if DOCUMENT_TAG in fact.tags:
            terms[fact.source_id] |= fact_terms
    return {source: frozenset(found) for source, found in terms.items()}


def named_answer_on_top(
    index: FactIndex,
    candidates: RankedCandidates,
    terms: Sequence[str],
    unasked: Container[int],
) -> None:
    """With a record of an answer first whose answer none of the question's topic words name,
    the same record of the answer they name most (by weight) comes first. Only then: single
    words are weak evidence ("commons", "23"), and an answer the question does name is left to
    the ranking that chose it."""
    first = index.facts[candidates[0].position]
    topic = [term for term in terms if term not in _PART_TERMS]
    if not topic:
        return
    part = answer_part(first)
    by_source = _record_terms(index)

    def named(source: str) -> float:
        found = by_source.get(source, frozenset())
        return sum(index.weight(term) for term in topic if term in found)

    if named(first.source_id):
        return
    best, best_weight = None, 0.0
    for position in candidates.positions:
        fact = index.facts[position]
        if (
            DOCUMENT_TAG in fact.tags
            and fact.source_id != first.source_id
            and position not in unasked
            and answer_part(fact) is part
            and (weight := named(fact.source_id)) > best_weight
        ):
            best, best_weight = position, weight
    if best is not None:
        candidates.bring_first(lambda candidate: candidate.position == best)
