"""A measure's figures over time -> what a chart and its text summary show. Pure.

Each point is one period's figure, as its newest statement says it, labelled with the value as
quoted (qualifier included: "over £10.5bn") and the date of the answer it comes from, so the
picture never shows a number without where it was said. Points run oldest period first, the way
a time axis reads; the text summary leads with the newest.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from sendbot.answering.autocomplete import NAME_LIMIT, Choice, ChoiceList
from sendbot.answering.batch_figures import BATCHES_NOTE, is_batch_label
from sendbot.answering.quoted_fragment import figure_fragment
from sendbot.answering.reply import citation
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.measures import history, measure_names, period_of
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase
from sendbot.knowledge.periods import parse_period

_SPLIT_YEAR_IN_SLUG = re.compile(r"\b((?:19|20)\d{2})-(\d{2})\b")
SIMILAR_CUTOFF = 60.0
# Some stretch of a name must be nearly what was typed: WRatio alone scores three letters in
# common at 60, so "nope" was offered special-schools-opened.
SIMILAR_PART_CUTOFF = 80.0
TYPED_LIMIT = 200  # a measure name is far shorter; more is never worth comparing
MAX_SIMILAR = 3


@dataclass(frozen=True, slots=True)
class TrendPoint:
    period: str  # as shown on the axis: "2023/24", "2023", "Sep 2023", "8 Feb 2024"
    starts: dt.date  # the first day of that period, for where the point sits on a time axis
    when: str  # in a sentence: "for 2023/24", "as of 8 Feb 2024" (a fact naming no period)
    value: float
    kind: FigureKind
    shown: str  # the value as a reader says it, with its qualifier: "over £10.5bn"
    unit: str | None
    source_title: str
    answered: dt.date
    citation: str
    fact_id: str
    quoted: str = ""  # the words of its quote around the figure; "" when the quote lacks it
    said_by: str = ""  # who gave the written answer

    @property
    def label_lines(self) -> tuple[str, str]:
        """What the chart writes beside the point: the value, then when it was said."""
        return (self.shown, f"answered {short_date(self.answered)}")

    @property
    def label(self) -> str:
        return " · ".join(self.label_lines)

    @property
    def ahead(self) -> bool:
        """Given before its period began (£69.5bn "by 2028/29", said in 2025): a plan, not
        a figure for a period under way or past."""
        return self.starts > self.answered


@dataclass(frozen=True, slots=True)
class Trend:
    measure: str
    title: str  # from the measure: "High needs budget"
    figure_label: str  # what the figure is, without its period: "total high needs funding"
    kind: FigureKind
    points: tuple[TrendPoint, ...]  # oldest period first, one per period
    # Facts for the measure left off the chart because their figure is of another kind.
    left_out: tuple[str, ...] = ()
    # A figure on it is a batch added to others ("a further 76"): the points are not a running
    # series, so the chart does not join them and the text says so.
    batches: bool = False

    @property
    def newest(self) -> TrendPoint:
        return self.points[-1]

    @property
    def sources(self) -> tuple[tuple[dt.date, str], ...]:
        """(answered, title) of every source on the chart, oldest first, each once."""
        seen = dict.fromkeys((point.answered, point.source_title) for point in self.points)
        return tuple(sorted(seen))

    @property
    def caption(self) -> str:
        listed = "; ".join(f"{short_date(day)}: {title}" for day, title in self.sources)
        return f"Sources (written answers): {listed}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


# Words of a measure key that are written in capitals wherever the sources write them.
ACRONYMS = frozenset({"ap", "cqc", "ehc", "ehcp", "la", "pins", "sen", "senco", "send"})


def measure_phrase(measure: str) -> str:
    """'early-years-senco-training-registrations' -> 'early years SENCO training
    registrations': the measure as it reads inside a sentence."""
    text = _SPLIT_YEAR_IN_SLUG.sub(r"\1/\2", measure)
    return " ".join(word.upper() if word in ACRONYMS else word for word in text.split("-"))


def measure_title(measure: str) -> str:
    """'high-needs-budget-rise-since-2019-20' -> 'High needs budget rise since 2019/20'."""
    text = measure_phrase(measure)
    return text[:1].upper() + text[1:]


def money_text(pounds: float) -> str:
    """£10.1bn, £970m, £21m, £45,000: the scale a reader expects, no trailing zeros."""
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(pounds) >= size:
            return f"£{_trimmed(pounds / size)}{suffix}"
    return f"£{pounds:,.0f}" if float(pounds).is_integer() else f"£{pounds:,.2f}"


def value_text(value: float, kind: FigureKind) -> str:
    if kind is FigureKind.MONEY:
        return money_text(value)
    if kind is FigureKind.PERCENT:
        return f"{_trimmed(value)}%"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _trimmed(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _period_label(fact: Fact) -> str:
    """A day or a month as a reader writes it; a year or split year as the source does."""
    period = period_of(fact)
    if period.start == period.end:
        return short_date(period.start)
    first_of_month = period.start.day == 1 and period.start.replace(day=28) <= period.end
    if first_of_month and (period.start.year, period.start.month) == (
        period.end.year,
        period.end.month,
    ):
        return f"{period.start:%b %Y}"
    return period.text


def _without_period(label: str, fact: Fact) -> str:
    """'total high needs funding in 2023/24' -> 'total high needs funding'."""
    if fact.period and parse_period(fact.period):
        pattern = rf"\s+(?:in|for|during|of|by)\s+(?:the\s+)?{re.escape(fact.period)}\b.*$"
        stripped = re.sub(pattern, "", label).strip()
        if stripped:
            return stripped
    return label


def _point(fact: Fact, kb: KnowledgeBase) -> TrendPoint | None:
    figure = fact.measured
    if figure is None or isinstance(figure.value, str):
        return None
    source = kb.source_of(fact)
    shown = value_text(figure.value, figure.kind)
    if figure.qualifier:
        shown = f"{figure.qualifier} {shown}"
    return TrendPoint(
        period=_period_label(fact),
        starts=period_of(fact).start,
        when=f"for {_period_label(fact)}" if fact.period else f"as of {_period_label(fact)}",
        value=float(figure.value),
        kind=figure.kind,
        shown=shown,
        unit=figure.unit,
        source_title=source.title,
        answered=source.answered,
        citation=citation(source),
        fact_id=fact.id,
        quoted=figure_fragment(fact) or "",
        said_by=source.answered_by.name,
    )


def trend(kb: KnowledgeBase, measure: str) -> Trend | None:
    """The chart data for `measure`, or None when no fact reports it."""
    facts = history(kb, measure)  # newest period first; a period's latest statement first
    if not facts or facts[0].measured is None:
        return None
    newest = facts[0]
    kind = facts[0].measured.kind
    points: list[TrendPoint] = []
    left_out: list[str] = []
    seen_periods: set[tuple[dt.date, dt.date]] = set()
    batches = False
    for fact in facts:
        period = period_of(fact)
        if (period.start, period.end) in seen_periods:
            continue  # an older statement of a period already shown
        point = _point(fact, kb)
        if point is None or point.kind is not kind:
            left_out.append(fact.id)
            continue
        seen_periods.add((period.start, period.end))
        points.append(point)
        batches = batches or _announced_batch(fact)
    assert newest.measured is not None
    return Trend(
        measure=measure,
        title=measure_title(measure),
        figure_label=_without_period(newest.measured.label, newest),
        kind=kind,
        points=tuple(reversed(points)),
        left_out=tuple(left_out),
        batches=batches and len(points) > 1,
    )


def _announced_batch(fact: Fact) -> bool:
    """A figure added to others and tied to no period ("a further 76 approved", as of its
    answer): an announcement's batch, placed at its answer's date, not a figure for a period.
    A batch for its own year (a further 400 trainees from 2025) reads along a yearly axis."""
    return fact.period is None and fact.measured is not None and is_batch_label(fact.measured.label)


def point_count(kb: KnowledgeBase, measure: str) -> int:
    """How many points the measure's chart has (one per period)."""
    chart = trend(kb, measure)
    return len(chart.points) if chart else 0


def summary_lines(chart: Trend) -> list[str]:
    """The newest figure, its citation, then each earlier point on a line, oldest first: in
    time order, as a reply's "Earlier" line and `trend --list` give them."""
    newest = chart.newest
    lines = [_headline(chart), f"{newest.citation}."]
    earlier = chart.points[:-1]  # oldest first
    if earlier:
        lines.append("Earlier:")
        lines.extend(_earlier_line(point) for point in earlier)
        if chart.batches:
            lines.append(_batches_line(chart))
    else:
        lines.append("Only one figure so far: the chart has a single point.")
    return lines


def _headline(chart: Trend) -> str:
    """'Increase in high needs funding, newest for 2025/26: "has increased by over £1 billion
    in the 2025/26 financial year" (Georgia Gould, answered 26 February 2026)': what the
    figure is and when, then the figure in its quote's own words, as every earlier line gives
    its own; the value as a reader says it only when the quote does not write it."""
    newest = chart.newest
    what = chart.figure_label[:1].upper() + chart.figure_label[1:]
    if not newest.quoted:
        return f"{what}, newest {newest.when}: {newest.shown}"
    said = f"{newest.said_by}, " if newest.said_by else ""
    return (
        f'{what}, newest {newest.when}: "{newest.quoted}" '
        f"({said}answered {human_date(newest.answered)})"
    )


def _batches_line(chart: Trend) -> str:
    """Said when a figure is an addition to others, so that two figures are not read as a
    rise or fall from one to the other. One figure given by every answer is one batch
    announced again: said so, or a reader adds 400 and 400 to 800."""
    if len({point.value for point in chart.points}) == 1:
        return (
            f"Each answer gives the same addition again, {BATCHES_NOTE} and not a further "
            "batch: the chart does not join them, and they are not to be added together."
        )
    return (
        f"Each figure is an addition its answer announces, {BATCHES_NOTE}; a later answer "
        "may announce an earlier batch again: the chart does not join them as a rise or a fall."
    )


def _earlier_line(point: TrendPoint) -> str:
    """'2024/25: "over £10.5 billion in 2024/25" (David Johnston, answered 8 February 2024,
    title)': the figure in its quote's own words, as a reply's "Earlier" line shows it; the value
    as a reader says it only when the quote does not write it."""
    answered = f"answered {human_date(point.answered)}, {point.source_title}"
    if not point.quoted:
        return f"{point.period}: {point.shown} ({answered})"
    said = f"{point.said_by}, " if point.said_by else ""
    return f'{point.period}: "{point.quoted}" ({said}{answered})'


def measure_named(kb: KnowledgeBase, typed: str) -> str:
    """The measure `typed` names: its slug in any case and spacing ("High needs budget",
    "high_needs budget") or its title ("High needs budget rise since 2019/20"); else `typed`
    as a slug, which names no measure."""
    words = re.sub(r"[\s_/]+", "-", typed.strip().lower()).strip("-")
    for name in measure_names(kb):
        if words == name or typed.strip().lower() == measure_title(name).lower():
            return name
    return words


def similar_measures(kb: KnowledgeBase, typed: str) -> list[str]:
    """Measure names close to what was typed, best first (for 'did you mean'): found by
    WRatio, which scores a long name holding the words typed above a short one closer to
    them, then ordered by similarity as a whole."""
    names = measure_names(kb)
    found = process.extract(
        typed[:TYPED_LIMIT],
        names,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=SIMILAR_CUTOFF,
        limit=MAX_SIMILAR,
    )
    whole = utils.default_process(typed[:TYPED_LIMIT])
    found = [
        item
        for item in found
        if fuzz.partial_ratio(whole, utils.default_process(item[0])) >= SIMILAR_PART_CUTOFF
    ]
    found.sort(key=lambda item: -fuzz.ratio(whole, utils.default_process(item[0])))
    return [name for name, _, _ in found]


def measure_choices(kb: KnowledgeBase) -> ChoiceList:
    """Autocomplete over measures: shown by title and number of figures, searched by the
    slug, the title and the titles of the facts that report it."""
    choices: list[Choice] = []
    keys: list[str] = []
    for name in measure_names(kb):
        facts = history(kb, name)
        if len(name) > NAME_LIMIT:
            continue  # Discord cannot carry it as a choice's value
        count = point_count(kb, name)
        title = measure_title(name)
        shown = f"{title} ({count} figure{'s' if count != 1 else ''})"
        choices.append(Choice(shown[:NAME_LIMIT], name))
        keys.append(" ".join([name, title, *_titles(facts)]))
    return ChoiceList(choices, keys)


def _titles(facts: Iterable[Fact]) -> list[str]:
    return [fact.title for fact in facts if fact.title]
