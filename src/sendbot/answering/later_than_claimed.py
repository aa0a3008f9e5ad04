"""A figure the asker has that is its measure's newest, and a later written answer counting the
same thing another way: "is it still just the 76 special free schools or did they add more?"
The 76 approved (February 2024) is the newest figure of its measure, but the March 2024 answer
gives 15 additional special free schools confirmed in the Spring Budget: a figure of the same
kind and unit, no measure's own, from a later answer. That is what is newer than the asker's
figure; the reply gives it, with the measure's earlier answers and their dates beside it.

A figure told that a topic's fact gives, of no measure ("is it still 50k more than 2017 or has
it gone up since?") is answered the same way from the topic: its newest written answer's figure
of the same thing (200,000 children in special schools in 2024/25), the told fact beside it.
Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sendbot.answering.claimed_measure import (
    THE_FIGURE,
    asks_newer_than,
    claimed_measure,
    stated_figures,
)
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import (
    answered_on,
    same_thing,
    without_claimed_figures,
    without_latest,
)
from sendbot.answering.match import ScoredFact
from sendbot.answering.measure_table import measure_table, position_of
from sendbot.answering.newest import Newest
from sendbot.answering.question import Question
from sendbot.answering.topic_word import figure_of_its_answer, said_before
from sendbot.knowledge.model import Fact
from sendbot.knowledge.topics import topic_facts

_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")
# Where one clause of a question ends: the one telling the asker's figure is left out.
_CLAUSES = re.compile(r"[,;:?!]|\.(?!\d)|\s[-\u2013\u2014]\s")


def later_than_claimed(
    index: FactIndex, question: Question, decided: Newest, text: str
) -> Newest | None:
    """The later written answer's figure of the same thing as the measure a figure the question
    states names, when the reply gives that measure's figure, the question asks what is newer
    and names no period; None when the decision stands. A year may say when the asker's figure
    is from ("the 33 from march 2023"), not one after the measure's newest answer. `text` is
    the question as typed: its clauses, which the analysed text runs together."""
    result = decided.result
    shown = result.best.fact if result.best is not None else None
    if not result.answered or shown is None or not shown.measure:
        return None
    # A figure told is written in digits ("76", "50k"): most questions have none, and are
    # passed over before the costlier readings.
    if question.period is not None or not _DIGIT.search(text):
        return None
    if not asks_newer_than(question.text):
        return None
    # Asked what is newer, "the 76" is the asker's figure, not one named to ask about it.
    measure = claimed_measure(index, THE_FIGURE.sub("", question.text))
    if measure is None or measure != shown.measure:
        return None
    history = measure_table(index).histories[measure]
    since = answered_on(index, history[0])
    if _names_a_later_year(question.text, since):
        return None  # a later year named is the period asked, which that measure's rule reads
    later = _topic_word_after(index, history[0], since)
    if later is None:
        later = _later_figure(index, history[0], since)
        if later is None or not _counts_what_is_asked(index, text, history[0], later):
            return None
    answered = result.answered_if_confident(
        Verdict.NEWEST_ON_TOPIC, ScoredFact(later, result.best.score if result.best else 0.0)
    )
    if answered is None:
        return None
    offered = tuple(other for other in result.suggestions if other.fact is not later)
    answered = replace(answered, suggestions=(ScoredFact(shown, answered.confidence), *offered))
    before = tuple(
        said_before(index, fact)
        for fact in history
        if answered_on(index, fact) < answered_on(index, later)
    )
    # The asker's figure is not checked against the later one: it counts another way, and the
    # earlier answers' line shows it with its date.
    return Newest(replace(answered, checked=()), said_before=before, reading=decided.reading)


def _counts_what_is_asked(index: FactIndex, text: str, newest: Fact, later: Fact) -> bool:
    """Whether the later fact says what the question asks of the measure's figure, in the
    clauses that do not tell the asker's figure: "special free schools approved, anything more
    recent than the 33?" asks about approvals, which 15 more confirmed in a budget do not
    say; "i heard 76 were approved, is that still the newest news?" tells the approval and
    asks only what is newer."""
    figure = newest.measured
    if figure is None:
        return False
    asked = " ".join(
        clause for clause in _CLAUSES.split(THE_FIGURE.sub("", text)) if not stated_figures(clause)
    )
    counted = frozenset(index.normaliser.terms(asked)) & frozenset(
        index.normaliser.terms(figure.label)
    )
    return counted <= index.fact_terms[position_of(index, later)]


def _topic_word_after(index: FactIndex, newest: Fact, since: dt.date) -> Fact | None:
    """The newest written answer's word on the topic the measure's newest fact speaks to, when
    that answer is later: "77 special free schools opened since 2010 (June 2023), anything
    newer?" is answered by the 15 special schools opened this academic year (February 2024),
    which the knowledge base says is the same news, rather than by any later figure of the same
    unit (15 more special free schools confirmed in a budget are none opened)."""
    if newest.topic is None:
        return None
    lead = topic_facts(index.kb, newest.topic)[0]
    return lead if answered_on(index, lead) > since else None


def _later_figure(index: FactIndex, newest: Fact, since: dt.date) -> Fact | None:
    """The first fact of the newest written answer after `since` whose figure counts what the
    measure's newest counts (the same kind and named unit), of no measure of its own: a fact of
    another measure is another quantity, whose own newest rule orders it."""
    figure = newest.measured
    if figure is None or figure.unit is None:
        return None
    later = [
        fact
        for fact in index.facts
        if not fact.measure and same_thing(index, fact, newest) and answered_on(index, fact) > since
    ]
    if not later:
        return None
    newest_date = max(answered_on(index, fact) for fact in later)
    return next(fact for fact in later if answered_on(index, fact) == newest_date)


def _names_a_later_year(text: str, since: dt.date) -> bool:
    """Whether the question names a year after `since` ("the 33 from march 2023" names the
    asker's figure's year, not a later one)."""
    return any(int("20" + found[1]) > since.year for found in _YEAR.finditer(text))


def later_on_told_topic(
    index: FactIndex, question: Question, decided: Newest, text: str
) -> Newest | None:
    """The newest figure of a topic one of whose facts gives, as its figure, the one figure the
    question states, when the question asks what is newer, names no period, and the reply does
    not answer it, or answers from a written answer no later than the told fact's: the
    topic's newest written answer's fact counting the same thing (kind and unit), with the
    told fact and its date beside it. `text` is the question as typed: its
    figures as the asker wrote them ("50k")."""
    result = decided.result
    if question.period is not None or not _DIGIT.search(text):
        return None
    if not asks_newer_than(question.text):
        return None
    told = _told_fact(index, text)
    if told is None or told.topic is None or told.measured is None:
        return None
    since = answered_on(index, told)
    lead = topic_facts(index.kb, told.topic)[0]
    newer = figure_of_its_answer(index, lead, told)
    if newer is None or newer is told or answered_on(index, newer) <= since:
        return None
    if result.answered and result.best is not None and result.best.fact is newer:
        # The reply already gives that newest figure, found by the question's words ("someone
        # said 50k more than 2017"): it stays as it is, with the told fact beside it.
        return replace(decided, said_before=(said_before(index, told),))
    if result.answered and (
        result.best is None
        or (
            answered_on(index, result.best.fact) > since
            and _asked_of(index, question.text, result.best.fact)
        )
    ):
        # A reply from a later answer that the question's own words found stands; one from
        # the told fact's own answer (or an earlier one: "the June 2023 Pawsey answer said 50k
        # more ..., the newest figure?" drawn there by its words) is not what is newer, nor
        # one nothing asked found ("someone said 50k more than 2017, whats the latest figure").
        return None
    if _names_a_later_year(question.text, since):
        return None
    answered = result.answered_if_confident(Verdict.NEWEST_ON_TOPIC, ScoredFact(newer, 0.0))
    if answered is None:
        return None
    before = (said_before(index, told),)
    return Newest(replace(answered, checked=()), said_before=before, reading=decided.reading)


def _asked_of(index: FactIndex, text: str, fact: Fact) -> bool:
    """Whether the question, without the words asking for the newest and the figures it
    tells, has a word of its own (not an everyday one) that `fact` carries."""
    table = measure_table(index)
    asked = without_claimed_figures(without_latest(text))
    terms = frozenset(index.normaliser.terms(asked)) - table.neutral - table.record_only
    return not terms.isdisjoint(index.fact_terms[position_of(index, fact)])


def _told_fact(index: FactIndex, text: str) -> Fact | None:
    """The one fact of a topic, of no measure, whose figure is a figure the question states."""
    figures = stated_figures(THE_FIGURE.sub("", text))
    giving = [
        fact
        for fact in index.facts
        if fact.topic
        and not fact.measure
        and fact.measured is not None
        and any(fact.measured.value == value for value, _ in figures)
    ]
    return giving[0] if len(giving) == 1 else None
