"""A question naming a period that one close fact gives: that fact answers.

"hn increase for 2024-25 in £?" or "what did the dfe set up in november 2024" may share few
words with the fact that answers them, so the evidence alone declines; but when one of the
closest facts gives the period named (its declared period, or its own words: "In November 2024,
the department established ...") and it is the only fact of its measure to give it, that is
evidence of its own: the period-fact verdict, whose probability is fitted like every rule's
(benchmarks/fit_confidence.py). Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asked_measure import missing_for, more_specific, named_measure, unsaid_topic
from sendbot.answering.asked_period import asked_period, covers, named_years, says_period
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import FIGURE_ASKED
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.measure_table import measure_table, measure_terms
from sendbot.answering.normalise import COMMON_WORDS
from sendbot.answering.question import Question
from sendbot.answering.ranking import rank
from sendbot.knowledge.model import Fact
from sendbot.knowledge.periods import Period, parse_period

# A season of a year is a period within it: "in autumn 2025".
_SEASON_YEAR = re.compile(r"\b(?:spring|summer|autumn|fall|winter) ((?:19|20)\d{2})\b")


def period_fact_answer(
    index: FactIndex, result: MatchResult, question: Question
) -> MatchResult | None:
    """A declined question naming one period answered by the closest fact, when it gives that
    period and the probability given that verdict reaches the threshold; else None."""
    if result.outcome is not Outcome.DECLINED or result.best is None:
        return None
    asked = asked_period(question) or _season_year(question) or _year_last(question)
    if asked is None or question.period is not None or len(named_years(question)) > 1:
        # No period, one read from "last year", or several years written ("in 2024/25 vs
        # 2023/24": a fact comparing the two is not the one figure asked).
        return None
    candidates = rank(index, question.text).candidates
    if not candidates:
        return None
    closest = index.facts[candidates[0].position]
    if closest.place is not None and not question.places:
        # "is high needs funding up since 2024/25?" names no council: one council's rise on
        # its own 2024/25 block is no answer for England, whatever period it gives.
        return None
    if not gives_period(index, closest, asked, question):
        return None
    if missing_for(index, question, closest) is not None or unsaid_topic(index, question, closest):
        return None
    return result.answered_if_confident(Verdict.PERIOD_FACT, ScoredFact(closest, 0.0))


def _year_last(question: Question) -> Period | None:
    """A year the question ends with, no word placing it: "new special schools 2023/24?"."""
    last = question.words[-1] if question.words else ""
    return parse_period(last.replace("_", "/")) if _YEAR_WORD.fullmatch(last) else None


_YEAR_WORD = re.compile(r"(?:19|20)\d{2}(?:_\d{2})?")


def _season_year(question: Question) -> Period | None:
    found = _SEASON_YEAR.search(" ".join(question.words))
    return parse_period(found.group(1)) if found else None


def gives_period(index: FactIndex, fact: Fact, asked: Period, question: Question) -> bool:
    """Whether a fact gives the asked period: the figure of a measure the question names,
    declared for that period, when no other fact of that measure is; or, asked what happened
    then rather than a figure, a fact naming the period in its own words ("In November 2024,
    the department established ..."). Not a fact about the written answer itself: its date
    is not when something was done."""
    if "document" in fact.tags:
        return False
    if fact.measure and fact.period:
        if measure_terms(index, fact.measure).isdisjoint(index.normaliser.terms(question.text)):
            return False  # "the pupil premium rate for 2024/25" is not the high needs budget
        if _another_measure_named(index, fact.measure, question):
            return False  # "high needs funding 2024" asks the total, not the rise that year
        history = measure_table(index).histories[fact.measure]
        return covers(asked, fact) and sum(covers(asked, other) for other in history) == 1
    # A count or sum asked for a year ("how many EHCPs in 2022") is a figure for that year,
    # which a fact saying what was done that year does not give; and a word no fact knows
    # ("the pupil premium rate for 2024/25") is a topic none speaks of.
    if question.intent in FIGURE_ASKED:
        return False
    # Neither is an everyday word ("added so far"), nor the period asked, which a fact may
    # say as "this academic year".
    own = asked.text.replace("/", "_")
    terms = index.normaliser.terms(question.text)
    return all(
        term in index.idf or term in COMMON_WORDS or term == own for term in terms
    ) and says_period(fact, asked, question)


def _another_measure_named(index: FactIndex, measure: str, question: Question) -> bool:
    """The question names a measure by all its words, not `measure`, and says nothing that
    only `measure`'s name says ("high needs funding 2024" names the budget, not its rise)."""
    named = named_measure(index, question)
    return (
        named is not None
        and named != measure
        and not more_specific(index, measure, named, question)
    )
