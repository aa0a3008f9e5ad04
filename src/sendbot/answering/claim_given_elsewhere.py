"""A figure the asker claims that the reply's fact does not give, but another fact does: "is high
needs going up by £970m?" (2023/24's rise, answered with 2025/26's), "did special schools get a
3.4% rise?" (their budgets' rise, answered with all high needs'), "wasn't it 1500 new special
schools?" (a count of places, answered with a count of schools). Set right by the reply's figure
("The written answer gives over £1 billion, not £970m."), a true statement was called false.

Such a claim is contradicted only by a figure of the same measure and period. One another fact
gives for an earlier period of the reply's measure is confirmed with its period ("Yes, for
2023/24: ...; the newest figure is below."), unless the asker asks of now ("still", "now",
"again"), where the newest figure does set it right. One another fact gives of something else
is said to be that, in the words of its quote, with who said it and when. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sendbot.answering.asked_period import asked_period, covers, named_years
from sendbot.answering.checked_claim import Checked, Claim, correction, gives
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.newest import Newest
from sendbot.answering.question import analyse
from sendbot.answering.quoted_fragment import fragment_around, period_said_apart
from sendbot.answering.reply import EarlierFigure, display_quote
from sendbot.knowledge.figures import FoundFigure, extract_figures, same_figure
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.periods import parse_period, period_label

# Words asking what stands now: against them the newest figure of the measure is the answer,
# and an earlier one no longer holds ("is it still £10.5bn?", "did it go up by 440m again?").
_OF_NOW = re.compile(
    r"\b(?:still|now|currently|current|at the moment|atm|these days|nowadays|at present|"
    r"presently|any ?more|again|this year|this time|today|right now|rn|latest|newest|"
    r"most recent)\b"
)
# Words of a figure's label and a question that say nothing of what the figure counts.
_PLAIN = frozenset(
    """that this with from than have been were they their there what when which will does
    said true right heard someone year years more some your into about over under only also
    just like isnt wasnt""".split()
)
_WORD = re.compile(r"[a-z]{4,}")


def claim_given_elsewhere(index: FactIndex, question: str, newest: Newest) -> Newest | None:
    """The decision with the line setting the claim right replaced by what the other fact
    giving it says, when every figure the reply would set right is one another fact near the
    question gives; None when the reply sets none right, or one no fact gives."""
    result = newest.result
    best = result.best
    if not result.answered or best is None or not result.checked:
        return None
    if newest.no_longer_first or correction(result.checked, best.fact) is None:
        return None
    denied = [figure for figure in result.checked if _denied(figure, best.fact)]
    lowered = question.lower()
    of_now = _OF_NOW.search(lowered) is not None
    asked = analyse(question)
    years_named = bool(named_years(asked))
    named = asked_period(asked) if years_named else None
    lines: list[str] = []
    for figure in denied:
        listed = frozenset(item.fact_id for item in newest.figures)
        found = _giving(index, figure, best.fact, _words(lowered), listed)
        if found is None:
            return None
        fact, quoted = found
        # "was it £440m in 2025/26?": an earlier year's figure is no "yes" to a year named
        # that is not its own (nor to several years named).
        other_year = years_named and (named is None or not covers(named, fact))
        if _same_measure(fact, best.fact) and other_year:
            return None
        line = _line(index, figure, fact, quoted, best.fact, newest, of_now)
        if line is None:
            return None
        lines.append(line)
    if not lines:
        return None
    return replace(
        newest,
        result=replace(result, checked=()),
        no_longer=" ".join(lines),
        no_longer_first=True,
    )


def _denied(figure: Checked, fact: Fact) -> bool:
    """A figure the reply's fact would set right: a sum, count or percentage it does not give
    (a bound or rough one is set right by none)."""
    if figure.kind is FigureKind.DATE or figure.hedged:
        return False
    return not gives(fact, Claim(0, len(figure.said), figure.kind, figure.said.lower()))


def _giving(
    index: FactIndex,
    figure: Checked,
    shown: Fact,
    asked: frozenset[str],
    listed: frozenset[str],
) -> tuple[Fact, FoundFigure] | None:
    """The other fact giving the figure claimed, of the same kind, whose figure's label or unit
    shares a word with the question (so "50 councils" is not the 50 AP free schools), or of the
    reply's measure: one of the reply's measure first (one the reply lists beside it before
    one restating it), else the one sharing the most words, else the newest."""
    stated = extract_figures(figure.said)
    if not stated:
        return None
    claimed = stated[0]
    shown_words = _words(" ".join((shown.statement, shown.quote, shown.title or "")))
    shown_words |= _words(" ".join(f"{own.label or ''} {own.unit or ''}" for own in shown.figures))
    found: list[tuple[bool, bool, int, Fact, FoundFigure]] = []
    for fact in index.kb:
        if fact.id == shown.id:
            continue
        for own in fact.figures:
            if _kind(own.kind, own.unit) is not figure.kind or not same_figure(claimed, own):
                continue
            # Words the shown fact also has do not tell the two apart: "is the change
            # programme £13m?" is not the other programme's £13m.
            shared = len(asked & _words(f"{own.label or ''} {own.unit or ''}") - shown_words)
            same = fact.measure is not None and fact.measure == shown.measure
            quoted = _in_quote(fact, figure.kind, claimed)
            if (same or shared) and quoted is not None:
                found.append((same, fact.id in listed, shared, fact, quoted))
    if not found:
        return None
    *_, fact, quoted = max(
        found, key=lambda item: (*item[:3], index.kb.source_of(item[3]).answered)
    )
    return fact, quoted


def _kind(kind: FigureKind, unit: str | None) -> FigureKind:
    """A figure's kind as a claim is read: a count of pounds is a sum."""
    return FigureKind.MONEY if kind is FigureKind.COUNT and unit in ("pounds", "£") else kind


def _in_quote(fact: Fact, kind: FigureKind, claimed: FoundFigure) -> FoundFigure | None:
    """Where the fact's quote (as shown) writes the figure claimed: a percentage only as one,
    a sum only as one."""
    for found in extract_figures(display_quote(fact.quote)):
        percent = (found.kind is FigureKind.PERCENT) == (kind is FigureKind.PERCENT)
        money = kind is not FigureKind.MONEY or found.kind is FigureKind.MONEY
        if percent and money and same_figure(claimed, found):
            return found
    return None


def _line(
    index: FactIndex,
    figure: Checked,
    fact: Fact,
    quoted: FoundFigure,
    shown: Fact,
    newest: Newest,
    of_now: bool,
) -> str | None:
    """ "Yes, for 2023/24: "..." (who, when); the newest figure is below." of an earlier
    period of the reply's measure; "3.4% is another figure in the written answers: "..."
    (who, when)." of something else; None when the newest figure rightly sets it right."""
    source = index.kb.source_of(fact)
    piece = fragment_around(fact, quoted)
    told = EarlierFigure(
        fact.id,
        quoted.text,
        fact.period,
        source.answered,
        quoted=piece,
        said_by=source.answered_by.name,
        period_said=period_said_apart(fact, piece) or "",
    )
    if _same_measure(fact, shown):
        if of_now or not _earlier_period(fact, shown):
            return None  # "is it still £10.1bn?": the newest figure says it no longer holds
        # The piece as the reply's list of earlier figures words it, which then omits it.
        listed = next((item for item in newest.figures if item.text == told.text), told)
        opening = "Yes:" if listed.period_said else f"Yes, for {period_label(fact.period or '')}:"
        later = any(_ends_after(item, shown) for item in newest.figures)
        below = "a later one is below" if later else "the newest figure is below"
        return f"{opening} {listed.text}; {below}."
    sentence = EarlierFigure(
        fact.id,
        quoted.text,
        fact.period,
        source.answered,
        quoted=_sentence_around(display_quote(fact.quote), quoted),
        said_by=source.answered_by.name,
    )
    return f"{figure.said} is another figure in the written answers: {sentence.text}."


def _same_measure(fact: Fact, shown: Fact) -> bool:
    return fact.measure is not None and fact.measure == shown.measure


def _ends_after(item: EarlierFigure, shown: Fact) -> bool:
    """A listed figure of a period ending after the shown fact's: the shown one is not the
    newest ("Later: ...")."""
    own = parse_period(item.period) if item.period else None
    other = parse_period(shown.period) if shown.period else None
    return own is not None and other is not None and own.end > other.end


def _earlier_period(fact: Fact, shown: Fact) -> bool:
    """The fact's period ends before the shown fact's does."""
    if not fact.period or not shown.period:
        return False
    own, other = parse_period(fact.period), parse_period(shown.period)
    return own is not None and other is not None and own.end < other.end


_SENTENCE_END = re.compile(r"[.;](?=\s)")


def _sentence_around(quote: str, found: FoundFigure) -> str:
    """The sentence of the quote that writes the figure, whole: what it counts and whether
    it was opened, approved or planned are in it."""
    start = 0
    for end in _SENTENCE_END.finditer(quote, 0, found.start):
        start = end.end()
    after = _SENTENCE_END.search(quote, found.end)
    return quote[start : after.start() if after else len(quote)].strip().rstrip(".")


def _words(text: str) -> frozenset[str]:
    """The words of four letters or more that may say what a figure counts, plurals folded."""
    return frozenset(
        word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        for word in _WORD.findall(text.lower())
        if word not in _PLAIN
    )
