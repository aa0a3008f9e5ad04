"""The newest figure first: a matched fact that reports a measure, checked against the others.

A question naming no period gets the measure's newest fact, with the earlier figures listed
beside it; a question naming a period gets that period's fact, or a partial reply naming the
periods the sources do give. A newest figure older than a set age is said to be so. Every value
shown is the figure's own text in its quote, never a number written anew. Pure: today's date
is a parameter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sendbot.answering.match import FactIndex, MatchResult, Outcome, ScoredFact
from sendbot.answering.missing import what_is_missing
from sendbot.answering.normalise import STOPWORDS, stem
from sendbot.answering.question import Question
from sendbot.answering.reply import EarlierFigure, Reply, human_date
from sendbot.answering.trend import measure_title
from sendbot.knowledge.figures import extract_figures, same_figure
from sendbot.knowledge.measures import history, measure_names, period_of
from sendbot.knowledge.model import Fact, KnowledgeBase
from sendbot.knowledge.periods import Period, parse_period

DEFAULT_STALE_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Newest:
    """The match result to reply with, and what to say beside it."""

    result: MatchResult
    earlier: tuple[EarlierFigure, ...] = ()
    stale: str | None = None  # one sentence when the newest figure is old

    @property
    def notes(self) -> tuple[str, ...]:
        lines = []
        if self.earlier:
            lines.append("Earlier: " + "; ".join(item.text for item in self.earlier) + ".")
        if self.stale:
            lines.append(self.stale)
        return tuple(lines)

    def annotate(self, reply: Reply) -> Reply:
        """The reply with the earlier figures and the staleness line after it."""
        if not self.notes:
            return reply
        text = "\n".join((reply.text, *self.notes))
        return replace(reply, text=text, earlier=self.earlier, notes=self.notes)


def named_measure(kb: KnowledgeBase, question: Question) -> str | None:
    """The measure whose every word the question uses ("the high needs budget"), the most
    specific one when several do."""
    asked = {stem(word) for word in question.words}
    named = [
        measure
        for measure in measure_names(kb)
        if (needed := {stem(word) for word in measure.split("-")} - STOPWORDS) <= asked and needed
    ]
    return max(named, key=lambda measure: len(measure.split("-")), default=None)


def asked_period(question: Question) -> Period | None:
    """The one period a question names ("2023_24" -> 2023/24, "2023"), else None."""
    if len(question.years) != 1:
        return None
    return parse_period(question.years[0].replace("_", "/"))


def covers(asked: Period, fact: Fact) -> bool:
    """Whether a fact's figure is for the asked period: the same span, a span inside an asked
    calendar year, or a split year (2023/24) beginning in it."""
    span = period_of(fact)
    if (span.start, span.end) == (asked.start, asked.end):
        return True
    if "/" in asked.text:
        return False
    year = asked.start.year
    inside = span.start.year == span.end.year == year
    return inside or ("/" in span.text and span.start.year == year)


def quoted_value(fact: Fact) -> str | None:
    """The measured figure as its quote writes it, or None when the quote has no such text."""
    figure = fact.measured
    if figure is None:
        return None
    for found in extract_figures(fact.quote):
        if found.kind is figure.kind and same_figure((figure.kind, figure.value), found):
            return found.text  # its qualifier ("over") included
    return None


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from one date to a later one."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def periods_text(periods: list[str]) -> str:
    return periods[0] if len(periods) == 1 else f"{', '.join(periods[:-1])} and {periods[-1]}"


def resolve(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Newest:
    """The fact to reply with for a measure, the earlier figures and a staleness line."""
    best = result.best
    if best is None or not best.fact.measure:
        return Newest(result)
    measure = best.fact.measure
    matched = result.outcome is Outcome.ANSWERED  # the matcher itself found it answers
    if result.outcome is Outcome.DECLINED:
        # Too unsure to answer, but the closest facts report a measure the question names
        # in full ("the high needs budget"): the question is about that measure.
        named = named_measure(index.kb, question)
        closest = {item.fact.measure for item in (best, *result.suggestions)}
        if named is None or named not in closest:
            return Newest(result)
        measure = named
    facts = history(index.kb, measure)
    if result.outcome is Outcome.DECLINED:
        if _missing(index, question, facts[0]) is not None and asked_period(question) is None:
            return Newest(result)
        best = ScoredFact(facts[0], best.score)
        result = replace(result, outcome=Outcome.ANSWERED, best=best, missing=None)
    elif result.outcome not in (Outcome.ANSWERED, Outcome.PARTIAL):
        return Newest(result)
    asked = asked_period(question)
    if asked is not None:
        return _for_period(index, result, question, facts, asked, matched)
    if question.years or result.outcome is not Outcome.ANSWERED:
        return Newest(result)
    newest = facts[0]
    if newest is not best.fact and _missing(index, question, newest) is None:
        result = replace(result, best=ScoredFact(newest, best.score))
    shown = result.best.fact if result.best else newest
    return Newest(
        result,
        _earlier(index.kb, facts, shown),
        _stale(index.kb, shown, today, stale_months) if shown is newest else None,
    )


def _for_period(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    facts: tuple[Fact, ...],
    asked: Period,
    matched: bool,
) -> Newest:
    assert result.best is not None
    covering = [fact for fact in facts if covers(asked, fact)]
    if covering:
        chosen = covering[0]
        if chosen is result.best.fact:
            return Newest(result)
        if _missing(index, question, chosen) is None:
            best = ScoredFact(chosen, result.best.score)
            return Newest(replace(result, outcome=Outcome.ANSWERED, best=best, missing=None))
        return Newest(result)
    if matched:
        # The matched fact speaks of that period itself ("compared to 2022/23"): keep it.
        return Newest(result)
    given = [period_of(fact).text for fact in reversed(facts) if fact.period]
    if not given:
        return Newest(result)
    title = measure_title(facts[0].measure or "").lower()
    missing = (
        f"The written answers give the {title} for {periods_text(list(dict.fromkeys(given)))}, "
        f"not for {asked.text}."
    )
    related = ScoredFact(facts[0], result.best.score)
    return Newest(replace(result, outcome=Outcome.PARTIAL, best=related, missing=missing))


def _missing(index: FactIndex, question: Question, fact: Fact) -> str | None:
    position = index.kb.facts.index(fact)
    return what_is_missing(question, index.profiles[position], index.fact_terms[position])


def _earlier(kb: KnowledgeBase, facts: tuple[Fact, ...], shown: Fact) -> tuple[EarlierFigure, ...]:
    """One figure per other period, newest first, each as its own quote writes it."""
    seen = {(period_of(shown).start, period_of(shown).end)}
    earlier: list[EarlierFigure] = []
    for fact in facts:
        span = (period_of(fact).start, period_of(fact).end)
        if span in seen:
            continue
        value = quoted_value(fact)
        if value is None:
            continue  # never show a number its quote does not write
        seen.add(span)
        answered = kb.source_of(fact).answered
        earlier.append(EarlierFigure(fact.id, value, fact.period, answered))
    return tuple(earlier)


def _stale(kb: KnowledgeBase, fact: Fact, today: dt.date | None, months: int) -> str | None:
    if today is None:
        return None
    answered = kb.source_of(fact).answered
    if months_between(answered, today) < months:
        return None
    return (
        f"This is the latest figure in the sources, from an answer given on "
        f"{human_date(answered)} — more than {months} months ago."
    )
