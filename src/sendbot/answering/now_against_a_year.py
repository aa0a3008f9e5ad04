"""A figure now set beside a year gone by ("how many pupils in special schools now vs 2012?",
"special school numbers today compared with 2015"), declined: the closest fact answers when
its quote gives the change from that year to a later one ("increased from 115,000 to 200,000
in 2024/25", since 2015/16), each figure with its year; when it counts from another year, the
reply is partial, saying which year the written answer does not give. Pure.

The year the asker names is often a calendar year ("2015") where the source writes the
school or financial year beginning in it ("2015/16"): the base knows only the latter, so the
question's year counts as an unknown word against every fact, and the fact giving both figures
is turned down though nothing else comes near it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from sendbot.answering.closest_unrivalled import best_answers, closest_best, declined_best
from sendbot.answering.compared_years import gives_both_ends
from sendbot.answering.confidence import Verdict
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import Outcome, ScoredFact
from sendbot.answering.newest import Newest
from sendbot.answering.normalise import COMMON_WORDS
from sendbot.answering.ranking import rank

# The present, as people name it beside a past year.
_NOW = re.compile(r"\b(?:now|today|currently|nowadays|these days|at the moment|atm|at present)\b")
# Setting one beside the other: "now vs 2015", "today compared with 2015", "now and in 2015".
_AGAINST = re.compile(r"\b(?:vs|versus|v|compared (?:to|with)|than|against|and (?:back )?in|and)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:_\d\d)?\b")
_QUOTE_YEAR = re.compile(r"\b(?:19|20)\d\d(?:/\d\d)?\b")
# How far, on topic, the next fact must rank below the closest for the closest to be the one
# meant.
NOW_RIVAL_GAP = 0.15


def year_set_against_now(text: str) -> str | None:
    """The one past year a (folded) question sets beside the present ("now vs 2015" ->
    "2015"), or None."""
    years = {found.group(1) for found in _YEAR.finditer(text)}
    if len(years) != 1 or not _NOW.search(text) or not _AGAINST.search(text):
        return None
    return years.pop()


def now_against_a_year(read: FirstReading) -> Newest | None:
    """A declined question setting the present beside a past year, answered by the closest
    fact when its quote gives the change from that year with both years, or partial, naming
    the year it does not give, when it gives the change from another year."""
    best = declined_best(read)
    if best is None:
        return None
    text = " ".join(read.asked.words)
    year = year_set_against_now(text)
    # (both ends of the change, each with its year: "has increased from 115,000 to 200,000
    # in 2024/25", counted "since 2015/16")
    if year is None or not gives_both_ends(best.fact.quote):
        return None
    ranking = rank(read.index, read.spelt, read.asked)
    closest = closest_best(read, ranking)
    if closest is None:
        return None
    # On topic alone: a year the fact does not write counts against it as against its rivals.
    # Its own written answer's other facts (the base year's figure alone) are no rivals.
    facts = read.index.facts
    nearest = max(
        (
            other.evidence.topic_rank_score
            for other in islice(ranking.candidates, 1, None)
            if facts[other.position].source_id != best.fact.source_id
        ),
        default=0.0,
    )
    if closest.evidence.topic_rank_score - nearest < NOW_RIVAL_GAP:
        return None  # another fact about as close: which figure is meant is not clear
    unsaid = [
        term
        for term in read.index.normaliser.terms(read.spelt)
        if term not in COMMON_WORDS
        and not _YEAR.fullmatch(term)
        and not _NOW.fullmatch(term)
        and not _AGAINST.fullmatch(term)
        and term not in read.index.fact_terms[closest.position]
    ]
    if unsaid:
        return None  # the question names a thing the fact does not say
    given = [found.group() for found in _QUOTE_YEAR.finditer(best.fact.quote)]
    if any(found.startswith(year) for found in given):
        return best_answers(read, Verdict.PERIOD_FACT)
    if not given:
        return None
    missing = f"The written answer gives figures for {' and '.join(given)}, not for {year}."
    partial = read.newest.result.judged(
        Verdict.LACKS_DETAIL,
        outcome=Outcome.PARTIAL,
        best=ScoredFact(best.fact, 0.0),
        missing=missing,
    )
    return replace(read.newest, result=partial)
