"""The newest figure first: a matched fact that reports a measure, checked against the others.

A question naming no period gets the measure's newest fact, with the earlier figures listed
beside it; a question naming a period gets that period's fact, or a partial reply naming the
periods the sources do give. A newest figure older than a set age is said to be so. Every value
shown is the figure's own text in its quote, never a number written anew. Pure: today's date
is a parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sendbot.answering.match import (
    FIELD_WEIGHTS,
    FactIndex,
    MatchResult,
    Outcome,
    ScoredFact,
    match,
)
from sendbot.answering.missing import what_is_missing
from sendbot.answering.normalise import COMMON_WORDS, words
from sendbot.answering.question import Intent, Question, analyse
from sendbot.answering.reply import EarlierFigure, Reply, human_date
from sendbot.answering.trend import measure_title
from sendbot.knowledge.figures import MONTHS, extract_figures, same_figure
from sendbot.knowledge.measures import history, measure_names, period_of
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase
from sendbot.knowledge.periods import Period, parse_period, period_label, relative_period

DEFAULT_STALE_MONTHS = 12
QUOTE_WEIGHT = FIELD_WEIGHTS["quote"]


@dataclass(frozen=True, slots=True)
class Newest:
    """The match result to reply with, and what to say beside it."""

    result: MatchResult
    earlier: tuple[EarlierFigure, ...] = ()
    stale: str | None = None  # one sentence when the newest figure is old
    reading: str | None = None  # how a relative period ("last year") was read

    @property
    def notes(self) -> tuple[str, ...]:
        lines = [self.reading] if self.reading else []
        if self.earlier:
            lines.append("Earlier: " + "; ".join(item.text for item in self.earlier) + ".")
        if self.stale:
            lines.append(self.stale)
        return tuple(lines)

    def annotate(self, reply: Reply) -> Reply:
        """The reply with how a relative period was read, the earlier figures and the
        staleness line after it."""
        if not self.notes:
            return reply
        text = "\n".join((reply.text, *self.notes))
        return replace(reply, text=text, earlier=self.earlier, notes=self.notes)


# Words that say when, or that it is the national figure, not what: "the latest high needs
# budget", "how much is it now", "in England".
NEUTRAL_WORDS = """latest newest most recent recently current currently now today present moment
nowadays these days year years financial academic last this next previous coming following
figure figures number amount total overall level date update updates news old england
national nationally country send"""
GENERIC_MEASURE_WORDS = "budget funding"
# A year relative to a date: "last year", "this financial year", "the current academic year".
_RELATIVE = re.compile(
    r"\b(this|current|last|previous|next|coming|following) (?:(financial|academic|school) )?year\b"
)
_NUMBERS = {
    word: number
    for number, word in enumerate("a two three four five six seven eight nine ten".split(), 1)
} | {"one": 1}
_AGO = re.compile(rf"\b({'|'.join(_NUMBERS)}|\d{{1,2}}) years? ago\b")
_OFFSETS = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}


# Words asking for the newest figure or news: "the latest", "most recent news on", "now".
_LATEST = re.compile(
    r"\b(?:the )?(?:very )?(?:latest|newest|most recent|(?:most )?up[ -]to[ -]date|"
    r"current(?!ly)(?! (?:financial |academic |school )?year)|currently|right now|"
    r"at the moment|at present|these days|nowadays)(?: news| updates?)?\b",
    re.IGNORECASE,
)


def without_latest(text: str) -> str:
    """The question without the words asking for the newest ("what's the latest high needs
    budget" -> "what's high needs budget"), or as it is when nothing else would be left."""
    stripped = " ".join(_LATEST.sub(" ", text).split())
    return stripped if re.search(r"\w", stripped) else text


def match_for_newest(index: FactIndex, question: str) -> MatchResult:
    """The match for a question; for "the latest X", X matched on its own when that finds a
    measure, whose newest figure `resolve` then gives: with "latest" left in, matching is
    pulled towards facts whose phrasings happen to say "latest"."""
    result = match(index, question)
    stripped = without_latest(question)
    if stripped == question:
        return result
    topic = match(index, stripped)
    if topic.best is None or topic.outcome is Outcome.DECLINED:
        return result
    # "how recent is the answer ..." is a phrasing of every answer's date: a "most recent"
    # question that is not about an answer must not land there.
    misread = _answer_fact_misread(analyse(question), result)
    if misread and "document" not in topic.best.fact.tags:
        return replace(topic, question=question)
    if topic.best.fact.measure and not (result.answered and not topic.answered):
        return replace(topic, question=question)
    # "latest" drew the question to a fact that cannot answer it: X itself answers it. (One
    # the matcher declined stays declined: "the latest on X" is news it cannot date.)
    if (
        topic.answered
        and result.outcome is Outcome.PARTIAL
        and "document" not in topic.best.fact.tags
    ):
        return replace(topic, question=question)
    return result


@dataclass(frozen=True, slots=True)
class MeasureTable:
    """What answering needs about a base's measures, worked out once per index."""

    histories: dict[str, tuple[Fact, ...]]  # measure -> its facts, newest period first
    terms: dict[str, frozenset[str]]  # measure -> its name's words as the matcher folds them
    positions: dict[str, int]  # fact id -> its position in the index
    neutral: frozenset[str]  # NEUTRAL_WORDS, folded
    change: frozenset[str]  # "increase", folded
    generic: frozenset[str]  # GENERIC_MEASURE_WORDS, folded


# One table per index, the last few kept: an index is replaced whole when the base changes.
_TABLES: dict[int, tuple[FactIndex, MeasureTable]] = {}
_TABLES_KEPT = 4


def measure_table(index: FactIndex) -> MeasureTable:
    kept = _TABLES.get(id(index))
    if kept is not None and kept[0] is index:
        return kept[1]
    names = measure_names(index.kb)
    table = MeasureTable(
        histories={name: history(index.kb, name) for name in names},
        terms={name: _folded_name(index, name) for name in names},
        positions={fact.id: position for position, fact in enumerate(index.facts)},
        neutral=frozenset(index.normaliser.terms(NEUTRAL_WORDS)),
        change=frozenset(index.normaliser.terms("increase")),
        generic=frozenset(index.normaliser.terms(GENERIC_MEASURE_WORDS)),
    )
    while len(_TABLES) >= _TABLES_KEPT:
        del _TABLES[next(iter(_TABLES))]
    _TABLES[id(index)] = (index, table)
    return table


def _folded_name(index: FactIndex, measure: str) -> frozenset[str]:
    return frozenset(index.normaliser.terms(_SPLIT_KEY.sub(r"\1/\2", measure.replace("-", " "))))


def measure_terms(index: FactIndex, measure: str) -> frozenset[str]:
    """A measure key's words as the matcher folds them: "high-needs-budget" -> high_need, fund."""
    known = measure_table(index).terms.get(measure)
    return known if known is not None else _folded_name(index, measure)


_SPLIT_KEY = re.compile(r"\b((?:19|20)\d{2}) (\d{2})\b")


def _neutral(index: FactIndex) -> frozenset[str]:
    return measure_table(index).neutral


def _position(index: FactIndex, fact: Fact) -> int:
    return measure_table(index).positions[fact.id]


def named_measure(index: FactIndex, question: Question) -> str | None:
    """The measure a question asks for and nothing else: it uses every word of the measure's
    name ("the high needs budget"; "funding" folds to "budget") and its other words are all
    found in that measure's facts or only say when ("latest", "now", "this year"). The most
    specific such measure when several are."""
    undated = _AGO.sub(" ", _RELATIVE.sub(" ", question.text))  # "3 years ago" says when
    asked = frozenset(index.normaliser.terms(undated)) - set(question.years)
    neutral = _neutral(index)
    named = []
    table = measure_table(index)
    for measure, facts in table.histories.items():
        needed = table.terms[measure]
        # "the high needs increase" names the high needs budget's increase: a measure's
        # generic word for money may go unsaid when its other words are there.
        said = needed - table.generic or needed
        if not said <= asked:
            continue
        # Words the facts themselves say (a quote's other words are context, not the measure).
        if _unexplained(index, asked - needed - neutral, facts, QUOTE_WEIGHT):
            continue  # "the high needs budget for autism": something the measure is not
        named.append(measure)
    return max(named, key=lambda measure: len(measure_terms(index, measure)), default=None)


def _unexplained(
    index: FactIndex, terms: frozenset[str], facts: Iterable[Fact], above: float = 0.0
) -> set[str]:
    """The terms none of `facts` carries in a field weighing more than `above`, leaving out
    words the knowledge base does not know ("campaigner") and everyday ones ("want"): those
    say nothing of another topic, while a word it knows ("autism") may."""
    positions = [_position(index, fact) for fact in facts]
    return {
        term
        for term in terms
        if term in index.idf
        and term not in COMMON_WORDS
        and not any(index.postings[term].get(position, 0.0) > above for position in positions)
    }


# Questions asking for a figure, or for nothing in particular ("the latest high needs
# budget?"); "what is it used for?" or "why did it rise?" asks for something else.
FIGURE_INTENTS = frozenset({Intent.COUNT, Intent.AMOUNT, Intent.PERCENT, Intent.OTHER})

# A question about a written answer itself (who answered, when it was asked) is not about
# the figures the answer gives.
DOCUMENT_WORDS = frozenset(
    """question questions answer answers answered asked ask reply replied respond responded
    minister mp pq tabled lords department dept dfe published publish date""".split()
)
DOCUMENT_INTENTS = frozenset({Intent.DATE, Intent.START, Intent.PERSON, Intent.ASKER})


def _about_the_answer(question: Question) -> bool:
    return question.intent in DOCUMENT_INTENTS or not DOCUMENT_WORDS.isdisjoint(question.words)


def _answer_fact_misread(question: Question, result: MatchResult) -> bool:
    """The matcher answered with a fact about a written answer itself (its date, who gave it)
    a question that asks nothing about one: its phrasings name the answer's topic, which
    drew the question there."""
    return (
        result.outcome is Outcome.ANSWERED
        and result.best is not None
        and "document" in result.best.fact.tags
        and not _about_the_answer(question)
    )


def _asks_change_of_a_level(index: FactIndex, question: Question, measure: str) -> bool:
    """A question asking how much something rose ("how many more ...") names a measure of
    how much there is, not of how much it rose."""
    return question.change and not measure_terms(index, measure) & _change_terms(index)


def _change_terms(index: FactIndex) -> frozenset[str]:
    return measure_table(index).change


def _more_specific(index: FactIndex, matched: str, named: str, question: Question) -> bool:
    """Whether the question uses a word that only the matched fact's measure has in its name
    ("since" in "the rise in the high needs budget since 2019/20"); a year it names does not
    count, as it may be the period asked for."""
    extra = measure_terms(index, matched) - measure_terms(index, named)
    asked = set(index.normaliser.terms(question.text)) - set(question.years)
    return bool(extra & asked)


def asked_period(question: Question) -> Period | None:
    """The one period a question names ("2023_24" -> 2023/24, "2023", "March 2023"), else
    None."""
    months = named_months(question)
    if len(months) == 1 and set(question.years) <= {months[0][:4]}:
        return parse_period(months[0])
    if len(question.years) != 1 or months:
        return None
    return parse_period(question.years[0].replace("_", "/"))


def named_months(question: Question) -> list[str]:
    """The months a question names with their year, as periods: "in March 2023" -> 2023-03."""
    pairs = zip(question.words, question.words[1:], strict=False)
    return [
        f"{year}-{MONTHS[month]:02d}"
        for month, year in pairs
        if month in MONTHS and _YEAR.fullmatch(year)
    ]


def named_years(question: Question) -> set[str]:
    """Every year a question writes, asked about or not ("is it still 76 after 2023?")."""
    return {word for word in question.words if _YEAR.fullmatch(word[:4])}


_YEAR = re.compile(r"(?:19|20)\d{2}")
MONTH_NAMES = {number: name for name, number in MONTHS.items()}


@dataclass(frozen=True, slots=True)
class RelativePeriod:
    """A year named relative to a date ("last year"), the period it was read as and why."""

    phrase: str
    period: Period
    note: str


def relative_period_asked(
    kb: KnowledgeBase, question: Question, facts: tuple[Fact, ...], today: dt.date | None
) -> RelativePeriod | None:
    """ "last year", "this financial year": counted from today when the caller knows it, else
    from the date of the newest written answer, as a split year when the measure's figures
    are for split years (2024/25), else a calendar year."""
    text = " ".join(question.words)
    found = _RELATIVE.search(text)
    ago = None if question.change else _AGO.search(text)  # "up since five years ago": a rise
    if found is not None:
        offset, phrase = _OFFSETS[found.group(1)], found.group(0)
        kind = {"school": "academic"}.get(found.group(2) or "", found.group(2))
    elif ago is not None:
        offset, phrase, kind = -_NUMBERS.get(ago.group(1), 0), ago.group(0), None
        if ago.group(1).isdigit():
            offset = -int(ago.group(1))
    else:
        return None
    split_figures = any("/" in period_of(fact).text for fact in facts)
    split = (kind or "financial") if split_figures else kind
    if today is not None:
        reference, counted = today, f"counting from today ({human_date(today)})"
    else:
        reference = max(source.answered for source in kb.sources)
        counted = f"counting from {human_date(reference)}, the date of the newest written answer"
    period = relative_period(offset, reference, split)
    note = f"“{phrase.capitalize()}” is read as {period.text}, {counted}."
    return RelativePeriod(phrase, period, note)


def covers(asked: Period, fact: Fact) -> bool:
    """Whether a fact's figure is for the asked period: the same span, a span inside an asked
    calendar year or month, or a split year (2023/24) beginning in an asked calendar year."""
    span = period_of(fact)
    if (span.start, span.end) == (asked.start, asked.end):
        return True
    if "/" in asked.text:
        return False
    if len(asked.text) > len("2023"):  # a month or a day: the figure's span inside it
        return asked.start <= span.start and span.end <= asked.end
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
    if best is None or result.outcome not in (
        Outcome.ANSWERED,
        Outcome.PARTIAL,
        Outcome.DECLINED,
    ):
        return Newest(result)
    # A question that names a measure and nothing else is about that measure, whichever fact
    # the matcher found closest (several answers word the same figure alike).
    if _answer_fact_misread(question, result):
        # Declining is better than a date or a name given for something else.
        result = replace(result, outcome=Outcome.DECLINED)
    named = None
    if question.intent in FIGURE_INTENTS and not _about_the_answer(question):
        named = named_measure(index, question)
    if named and _asks_change_of_a_level(index, question, named) and result.answered:
        named = None  # "how many more pupils than in 2017" is not the number of pupils
    measure = best.fact.measure if result.outcome is not Outcome.DECLINED else None
    if named and not (measure and _more_specific(index, measure, named, question)):
        measure = named
    if not measure:
        if result.outcome is Outcome.ANSWERED and _reports_a_figure(best.fact):
            return _only_figure(index, result, question, today, stale_months)
        return Newest(result)
    about_measure = best.fact.measure == measure
    facts = measure_table(index).histories[measure]
    relative = relative_period_asked(index.kb, question, facts, today)
    asked = relative.period if relative else asked_period(question)
    if relative is not None:
        question = replace(question, period=None)  # resolved: no longer a period to refuse
    if asked is not None:
        return _for_period(index, result, question, facts, asked, relative, about_measure)
    if question.years:
        return Newest(result)  # several years named: the matcher's own reply stands
    # "the latest percentage rise": the newest fact that gives a percentage.
    newest = next((fact for fact in facts if _gives_kind_asked(question, fact)), facts[0])
    # A year the newest fact does not say ("approved in 2023", asked to check) keeps the
    # matched fact: a newer figure is not an answer about that time.
    # So does a question about more than the figure ("is the £1bn going to councils so they
    # can support schools?"), when the newest fact does not speak of that.
    said = index.fact_terms[_position(index, newest)]
    topic = frozenset(index.normaliser.terms(question.text)) - _neutral(index)
    topic -= measure_terms(index, measure)  # the measure's own name: every fact of it means it
    fits_newest = (
        _missing(index, question, newest) is None
        and named_years(question) <= said
        and not _unexplained(index, topic, (newest,))
    )
    if result.outcome is Outcome.ANSWERED and about_measure:
        if newest is not best.fact and fits_newest:
            result = replace(result, best=ScoredFact(newest, best.score))
        shown = result.best.fact if result.best else newest
        stale = _stale(index.kb, shown, today, stale_months) if shown is newest else None
        return Newest(result, _earlier(index.kb, facts, shown), stale)
    # A yes/no question the matcher answered with another fact checks that fact's claim
    # ("are more children in special schools than ever?").
    if named and fits_newest and not (question.checking and result.outcome is Outcome.ANSWERED):
        answered = replace(
            result, outcome=Outcome.ANSWERED, best=ScoredFact(newest, best.score), missing=None
        )
        stale = _stale(index.kb, newest, today, stale_months)
        return Newest(answered, _earlier(index.kb, facts, newest), stale)
    if result.outcome is Outcome.PARTIAL and about_measure:
        # Related information about a measure: its other figures are related too.
        return Newest(result, _earlier(index.kb, facts, best.fact))
    return Newest(result)


def _only_figure(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    today: dt.date | None,
    stale_months: int,
) -> Newest:
    """A figure no other fact updates: the newest there is, so it may be old too; asked for
    a period it is not for and does not name, it is related information only."""
    assert result.best is not None
    fact = result.best.fact
    asked = asked_period(question)
    if asked is None or covers(asked, fact) or _says_period(fact, asked, question):
        return Newest(result, stale=_stale(index.kb, fact, today, stale_months))
    return Newest(_as_of_only(result, fact, asked))


def _as_of_only(result: MatchResult, fact: Fact, asked: Period) -> MatchResult:
    """Partial: the fact gives its figure as of its date, not for the asked period."""
    missing = (
        f"The written answer gives the figure as of {human_date(fact.as_of)}, not one for "
        f"{period_label(asked.text)}."
    )
    return replace(
        result,
        outcome=Outcome.PARTIAL,
        best=ScoredFact(fact, result.best.score if result.best else 0.0),
        missing=missing,
    )


def _for_period(
    index: FactIndex,
    result: MatchResult,
    question: Question,
    facts: tuple[Fact, ...],
    asked: Period,
    relative: RelativePeriod | None,
    about_measure: bool,
) -> Newest:
    assert result.best is not None
    reading = relative.note if relative else None
    covering = [fact for fact in facts if covers(asked, fact)]
    if covering:
        chosen = covering[0]
        if chosen is result.best.fact and result.outcome is Outcome.ANSWERED:
            return Newest(result, reading=reading)
        if _missing(index, question, chosen) is None:
            best = ScoredFact(chosen, result.best.score)
            answered = replace(result, outcome=Outcome.ANSWERED, best=best, missing=None)
            return Newest(answered, reading=reading)
        return Newest(result)
    matched = about_measure and result.outcome is Outcome.ANSWERED and relative is None
    if matched and _says_period(result.best.fact, asked, question):
        # The matched fact speaks of that period itself ("compared to 2022/23"): keep it.
        return Newest(result)
    given = [period_label(period_of(fact).text) for fact in reversed(facts) if fact.period]
    if not given:
        # No fact of the measure names a period: each gives its figure as of its date.
        if result.outcome is Outcome.ANSWERED and relative is None:
            return Newest(_as_of_only(result, result.best.fact, asked))
        return Newest(result)
    title = measure_title(facts[0].measure or "").lower()
    asked_text = period_label(asked.text) + (f" ({relative.phrase})" if relative else "")
    missing = (
        f"The written answers give the {title} for {periods_text(list(dict.fromkeys(given)))}, "
        f"not for {asked_text}."
    )
    related = ScoredFact(facts[0], result.best.score)
    partial = replace(result, outcome=Outcome.PARTIAL, best=related, missing=missing)
    return Newest(partial, _earlier(index.kb, facts, facts[0]), reading=reading)


def _says_period(fact: Fact, asked: Period, question: Question) -> bool:
    """Whether a fact's own words name the asked period ("2022/23", "March 2023") the way
    the question does ("since 2010")."""
    said = words(f"{fact.statement} {fact.quote}")
    year, _, month = asked.text.replace("/", "_").partition("-")
    if month:
        return year in said and MONTH_NAMES[int(month)] in said
    if "_" in year:
        return year in said
    # A calendar year the figure is for ("in 2023", "in March 2023"), or named as the question
    # names it ("since 2010"), not one it runs to ("to March 2025").
    before = {*_words_before(list(question.words), year, 1), "in", "for", "during"}
    return not before.isdisjoint(_words_before(said, year, 2))


def _words_before(text: list[str], word: str, reach: int) -> set[str]:
    """The `reach` words before each time `word` occurs."""
    return {
        text[place - back]
        for place, found in enumerate(text)
        if found == word
        for back in range(1, reach + 1)
        if place - back >= 0
    }


PERCENT_WORDS = frozenset({"percent", "percentage", "proportion"})


def _gives_kind_asked(question: Question, fact: Fact) -> bool:
    """A question asking for a percentage wants a fact that gives one."""
    if PERCENT_WORDS.isdisjoint(question.words):
        return True
    return any(figure.kind is FigureKind.PERCENT for figure in fact.figures)


def _reports_a_figure(fact: Fact) -> bool:
    """A figure about the world, not about the written answer itself (its date, its number)."""
    return fact.measured is not None and "document" not in fact.tags


def _missing(index: FactIndex, question: Question, fact: Fact) -> str | None:
    position = _position(index, fact)
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
