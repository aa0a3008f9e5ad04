"""Asked for the newest on a topic whose news is a statement, not a figure: the newest written
answer's word on it, and what earlier answers said and when.

A fact's curated `topic` (see `sendbot.knowledge.topics`) links each written answer's word on
one thing. A question asking for the newest ("the latest on demand for special school
places"), naming no year or period, that the matcher answers with one answer's word on a topic
gets the newest answer's word on it instead; the reply lists the earlier answers' words with
their dates. Not when the reply is a measure's figure (a measure's own newest rule gave it).
Pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sendbot.answering.confidence import ANSWER_THRESHOLD, Verdict
from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.question import Question
from sendbot.answering.reply import human_date
from sendbot.knowledge.model import Fact
from sendbot.knowledge.topics import topic_facts


@per_index
def _topics(index: FactIndex) -> dict[str, tuple[Fact, ...]]:
    """Each topic's facts, the newest written answer's first."""
    names = {fact.topic for fact in index.facts if fact.topic}
    return {name: topic_facts(index.kb, name) for name in sorted(names)}


def newest_word(
    index: FactIndex, result: MatchResult, question: Question
) -> tuple[MatchResult, tuple[str, ...]] | None:
    """The result answered with its topic's newest word, and the earlier answers' words on
    it, for a question asking for the newest; None when the answer has no topic, the question
    names a year or period (that answer's word is asked), or the reply is not an answer."""
    best = result.best
    if best is None or result.outcome is not Outcome.ANSWERED or not best.fact.topic:
        return None
    if question.years or question.period:
        return None
    facts = _topics(index).get(best.fact.topic, ())
    if len(facts) < 2:
        return None
    lead = facts[0]
    if _answered(index, lead) > _answered(index, best.fact):
        newer = result.judged(Verdict.NEWEST_ON_TOPIC, best=ScoredFact(lead, best.score))
        if newer.confidence < ANSWER_THRESHOLD:
            return None
        offered = tuple(other for other in result.suggestions if other.fact is not lead)
        result = replace(newer, suggestions=(ScoredFact(best.fact, best.score), *offered))
        shown = lead
    else:
        shown = best.fact
    said = tuple(
        f"{_said(fact)} (answered {human_date(_answered(index, fact))})"
        for fact in facts
        if fact is not shown and _answered(index, fact) < _answered(index, shown)
    )
    return result, said


def _said(fact: Fact) -> str:
    """A fact's statement as one clause of a list: without its closing full stop."""
    return fact.statement.rstrip(". ")


def _answered(index: FactIndex, fact: Fact) -> dt.date:
    return index.kb.source_of(fact).answered
