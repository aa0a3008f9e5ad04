"""The shape of the rules that answer a declined question with the closest fact when it says
what is asked and no fact ranked near it says so too (`route_stated`, `threshold_asked`,
`purpose_unrivalled`, `cover_named`, `now_against_a_year`): each rule reads what is asked and
what a fact says; this reads the ranking and gives the reply. Pure.

The matcher turns such a fact down though it is first, its evidence thin (the words asking are
not the fact's); the rule re-ranks the candidates, keeps the closest when it is the matcher's
best, and answers with it on its own verdict only when that verdict's probability reaches the
threshold, the other suggestions still offered.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import islice

from sendbot.answering.confidence import Verdict
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import Outcome, ScoredFact
from sendbot.answering.newest import Newest
from sendbot.answering.ranked import Candidate
from sendbot.answering.ranking import Ranking


def declined_best(read: FirstReading) -> ScoredFact | None:
    """The matcher's best fact, when the first decision declined it and no rule has judged the
    question: the only replies these rules read again."""
    result = read.newest.result
    if result.outcome is not Outcome.DECLINED or result.verdict is not Verdict.NONE:
        return None
    return result.best


def closest_best(read: FirstReading, ranking: Ranking) -> Candidate | None:
    """The first-ranked candidate, when it gives the matcher's best fact and lacks nothing the
    question asks (`Evidence.missing`); None otherwise."""
    best = read.newest.result.best
    if best is None or not ranking.candidates:
        return None
    closest = ranking.candidates[0]
    if read.index.facts[closest.position] is not best.fact:
        return None
    return closest if closest.evidence.missing is None else None


def next_ranked(ranking: Ranking, count: int) -> Iterator[Candidate]:
    """The `count` candidates ranked after the closest: the facts that may rival it."""
    return islice(ranking.candidates, 1, 1 + count)


def ranked_near(closest: Candidate, other: Candidate, gap: float) -> bool:
    """`other` ranks less than `gap` below the closest: about as close to what was asked."""
    return closest.rank_score - other.rank_score < gap


def best_answers(read: FirstReading, verdict: Verdict) -> Newest | None:
    """The matcher's best fact as the answer on a rule's `verdict`, the other suggestions still
    offered; None when the probability given that verdict is short of answering."""
    result = read.newest.result
    best = result.best
    if best is None:
        return None
    answered = result.answered_if_confident(verdict, best)
    if answered is None:
        return None
    offered = tuple(item for item in result.suggestions if item.fact is not best.fact)
    return replace(read.newest, result=replace(answered, suggestions=offered))
