"""A figure the asker already has, and a question asking what is newer: "it was 10.1bn, what
is it now?", "last I saw high needs went up £440m, has there been a bigger increase since?",
"is high needs still about 10.5 billion?". The figure names the measure whose fact reports it
(its measured figure, not a number its quote says in passing); the newest figure of that
measure is the answer, with the earlier ones beside it, whatever words the question uses for
the measure or none ("what is it now?"). Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sendbot.answering.asked_measure import CLAIMED_FIGURE_TERM, unexplained
from sendbot.answering.asked_period import covers, named_years
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.checked_claim import claims, gives
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import answered_on, asks_for_newest
from sendbot.answering.match import ScoredFact
from sendbot.answering.measure_table import measure_table
from sendbot.answering.newest import DEFAULT_STALE_MONTHS, Newest, newest_of_measure
from sendbot.answering.question import VERDICT_ASKED, Question
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.measures import restates
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.periods import parse_period

# Words asking whether there is anything newer than what the asker has, beyond the words
# asking for the newest (`asks_for_newest`): "anything newer", "more recent", "has it gone up
# since?", "what is it now", "is it still", "it went from 10.1bn to what". "Since" ends its
# clause: "since 2010" is a span; "it has gone up 60%" tells the claim, it does not ask what
# came after it.
_NEWER_THAN = at_word_starts(
    r"\b(?:newer|more recent|now|still|any ?more|since(?=\s*(?:then\b|[?.!,;]|$))|"
    r"(?:been )?(?:changed|updated|superseded|out of date)|"
    # "high needs went from 10.1bn to what": what it has come to since the figure stated (not
    # "the £970m took it to what": the level that rise brought); "did it go up by 440m again or
    # more this time": the newest time
    r"from (?:\S+ ){1,3}?to what(?=\W*$)|this time(?=\W*$))\b",
    re.IGNORECASE,
    letters="abcfmnostuABCFMNOSTU",
)


# The asker's own ("my council", "our school"): where they met the figure, not what they ask.
_OWN = re.compile(r"\b(?:my|our) \w+", re.IGNORECASE)
# Who told the asker the figure, up to the word saying so: "someone in the fb group said",
# "a mum in the whatsapp group told me", "my friend at the council reckons". Where they heard
# it is their story, not what they ask. (Within the first sentence, before any figure.)
_TELLER = re.compile(
    r"^[^.?!\d£]*?\b(?:said|says|reckons?|reckoned|told (?:me|us)|tells (?:me|us)|claims?|"
    r"claimed|posted|wrote|mentioned|thinks?|thought|heard)\b(?: that)?",
    re.IGNORECASE,
)


# "the 76", "the £21m": a figure named to ask about it; asked what is newer, the asker's own.
THE_FIGURE = re.compile(r"\bthe (?=£?\d)", re.IGNORECASE)


# A year, alone or in a period or span ("since 2019/20"): the question says which figure.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def asks_newer_than(text: str) -> bool:
    """Whether a question asks for what is newer, or what stands now."""
    return asks_for_newest(text) or bool(_NEWER_THAN.search(text))


def stated_figures(text: str) -> list[tuple[int | float, bool]]:
    """The sums, counts and percentages a question states as claims ("10.1bn"), each with
    whether the asker gives it as a round figure ("about 10bn")."""
    lowered = text.lower()
    return [
        (figure.value, bool(_ROUGHLY.search(lowered[: claim.start])))
        for claim in claims(text)
        if claim.kind is not FigureKind.DATE
        for figure in extract_figures(claim.said)[:1]
        if figure.kind is not FigureKind.DATE and isinstance(figure.value, int | float)
    ]


# Words before a figure given roughly: "still about 10bn".
_ROUGHLY = re.compile(
    r"(?:\b(?:about|around|roughly|approx(?:imately)?|like|nearly|almost|circa)\s*|~\s*)"
    r"(?:£\s*|pounds\s+)?$"
)
# How far a round figure may be from the figure a fact reports and still be that figure: "about
# 10bn" is £10.1 billion.
ROUGH_SHARE = 0.05
# "is it still (about) 10bn": the figure's measure is what is asked, whatever else the question
# says ("or has it gone up since" is asked of that figure, not of the rise). So is "£10.5bn
# keeps being quoted, is that still the current total?", the figure pointed back to.
_STILL_THE_FIGURE = re.compile(
    r"\bstill (?:about |around |roughly |approx\w* |at |only |just |over |under |like )?~?"
    r"(?:£|pounds )?\d"
    r"|\b(?:is|was) (?:that|this|it) still (?:the )?"
    r"(?:current |latest |right |correct |up to date )?(?:total|figure|number|amount|budget|sum)\b",
    re.IGNORECASE,
)


def claimed_measure(index: FactIndex, text: str) -> str | None:
    """The one measure one of whose facts reports, as its measured figure, a sum, count or
    percentage the question states ("10.1bn": the high needs budget for 2023/24). None when no
    figure is stated, when one names no measure, or when the figures stated name more than one
    measure: which is meant is then a guess."""
    stated = stated_figures(text)
    if not stated:
        return None
    named = {
        measure
        for measure, facts in measure_table(index).histories.items()
        for fact in facts
        if any(_reports(fact, value, rough) for value, rough in stated)
    }
    return next(iter(named)) if len(named) == 1 else None


def _reports(fact: Fact, value: int | float, rough: bool = False) -> bool:
    figure = fact.measured
    if figure is None or not isinstance(figure.value, int | float):
        return False
    reported, stated = Decimal(str(figure.value)), Decimal(str(value))
    if rough and stated:
        return abs(reported - stated) <= abs(stated) * Decimal(str(ROUGH_SHARE))
    return reported == stated


def newer_than_claimed(
    index: FactIndex,
    question: Question,
    decided: Newest,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
    written: str | None = None,
) -> Newest | None:
    """The newest figure of the measure a figure the question states names, when the question
    asks for what is newer than it and names no period: in place of the fact the claim itself
    drew the matcher to ("last I saw £440m, has there been a bigger increase since?": not the
    £440m), of a refusal whose words the measure's facts all explain ("it was 10.1bn, what is
    it now?"), or of a fact that only mentions the figure claimed (the rise since 2019/20 whose
    quote says "£10.5 billion"). None when the decision stands: a year or period named (it
    says which figure), another fact of the measure (a detail it gives), or a fact the
    question's other words found. `written` is the message as it was written, its clauses
    apart (the analysis folds them together), when the caller has it."""
    text = question.text
    if _YEAR.search(text) or question.period is not None or not asks_newer_than(text):
        return None
    if "still" in question.words and question.intent in VERDICT_ASKED:
        return None  # "is £12bn enough or is it still underfunded?": a verdict, not a figure
    # Asked whether it still stands or for the latest, "is the 400 psychologists thing still
    # the plan?" names the asker's figure as "the 76" does in `later_than_claimed`. ("How are
    # the 4,000 children reached doing now?" asks about them, not for a newer figure.)
    if "still" in question.words or asks_for_newest(text):
        text = THE_FIGURE.sub("", text)
    measure = claimed_measure(index, text)
    if measure is None:
        return None
    result = decided.result
    shown = result.best.fact if result.best is not None else None
    newest = measure_table(index).histories[measure][0]
    if result.answered and shown is not None:
        if shown is newest:
            return None
        if not (
            _drawn_by_the_claim(shown, text)
            or _still_the_figure(shown, text, measure)
            or _no_later_than_the_claim(index, shown, measure, text)
        ):
            return None
    elif _other_topic(index, question, measure, written):
        return None
    return newest_of_measure(index, result, measure, today, stale_months)


def _still_the_figure(shown: Fact, text: str, measure: str) -> bool:
    """ "is high needs still about 10bn or has it gone up since?": the figure said to be still
    so names the measure asked, not the rise ("gone up") the matcher found."""
    return shown.measure != measure and bool(_STILL_THE_FIGURE.search(text))


def _drawn_by_the_claim(fact: Fact, text: str) -> bool:
    """The fact says a figure the question states: the claim, not the question's topic, may
    be what made it the closest."""
    return any(gives(fact, claim) for claim in claims(text) if claim.kind is not FigureKind.DATE)


def _no_later_than_the_claim(index: FactIndex, shown: Fact, measure: str, text: str) -> bool:
    """The fact shown is from a written answer no later than the one giving the figure the
    asker has: asked what is newer than it ("back in sept 2023 it was £440m extra, whats the
    latest uplift?"), it cannot be the answer, whatever drew the matcher to it (a phrasing
    naming the claim's answer or figure)."""
    stated = stated_figures(text)
    claimed = [
        fact
        for fact in measure_table(index).histories[measure]
        if any(_reports(fact, value, rough) for value, rough in stated)
    ]
    return bool(claimed) and answered_on(index, shown) <= max(
        answered_on(index, fact) for fact in claimed
    )


def _other_topic(
    index: FactIndex, question: Question, measure: str, written: str | None = None
) -> bool:
    """Words of the question none of the measure's facts carry (other than everyday ones, words
    saying when, words about written answers, the figures claimed and the asker's own, "my
    council"): it asks about something the measure is not."""
    table = measure_table(index)
    # "my council keeps quoting 10.5bn", "someone in the fb group said 10.1bn": who the asker
    # heard it from is their story.
    told = _TELLER.sub(" ", question.text, count=1)
    terms = frozenset(index.normaliser.terms(_OWN.sub(" ", told)))
    other = frozenset(
        term
        for term in terms - table.neutral - table.record_only - table.aside
        if not CLAIMED_FIGURE_TERM.search(term)
    )
    unsaid = unexplained(index, other, table.histories[measure])
    return bool(unsaid) and not (
        written is not None and _where_it_was_met(index, written, measure, unsaid)
    )


def _where_it_was_met(index: FactIndex, text: str, measure: str, unsaid: set[str]) -> bool:
    """The words no fact of the measure carries are all in the clauses telling the figure
    the asker has, and those clauses name the measure as well: "I keep seeing £10.5bn for
    high needs in old posts", "someone quoted £10.1bn for high needs in a meeting today"
    tell where the figure was met, while the clause asking ("what's the most recent
    total?", "is that still up to date?") names nothing else. (Said in the asking clause,
    "how much of it is for post-16 now?", such a word is asked about; told of a figure with
    no word of its measure, "someone said £10.1bn for autism", it may be what the figure
    is of.)"""
    asking = asking_text(text)
    if asking == text:
        return False
    told = frozenset(index.normaliser.terms(text)) - frozenset(index.normaliser.terms(asking))
    names_it = not told.isdisjoint(measure_table(index).naming_words[measure])
    return names_it and unsaid <= told


def other_period_of_claimed(index: FactIndex, question: Question, decided: Newest) -> Newest | None:
    """ "it was 10.1bn in 2023/24, what was it in 2024/25?": the figure stated names the measure
    (and, by its fact, the period it is for); the one other period the question names is the
    one asked, and the measure's one fact for it answers. None when the decision answers, when
    the figure names no single measure, when not exactly one other period is named, or when no
    figure of the measure gives it (the refusal stands), or the question names another topic."""
    result = decided.result
    if result.answered:
        return None
    measure = claimed_measure(index, question.text)
    if measure is None:
        return None
    history = measure_table(index).histories[measure]
    stated = stated_figures(question.text)
    claimed = [
        fact for fact in history if any(_reports(fact, value, rough) for value, rough in stated)
    ]
    periods = [parse_period(year.replace("_", "/")) for year in sorted(named_years(question))]
    others = [
        period
        for period in periods
        if period is not None and not any(covers(period, fact) for fact in claimed)
    ]
    if len(others) != 1:
        return None
    giving = [fact for fact in history if covers(others[0], fact)]
    # Two answers giving one figure for it (a budget restated later) are one figure.
    if not giving or not all(restates(fact, giving[0]) for fact in giving[1:]):
        return None
    if _other_topic(index, question, measure):
        return None
    answered = result.answered_if_confident(Verdict.PERIOD_FACT, ScoredFact(giving[0], 0.0))
    return None if answered is None else Newest(answered)
