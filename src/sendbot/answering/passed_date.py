"""The line under a reply whose quote looks ahead to a month that has since passed: "An
announcement ... will be made by May 2024", said on 22 March 2024, read in December 2026. The
staleness line ("the latest figure ...") names no figure there, so it left the reply with
nothing to say that the promise's date is gone: a parent read "will be made by May 2024" as
still to come. Pure: today's date is a parameter.
"""

from __future__ import annotations

import datetime as dt
import re

from sendbot.answering.reply import display_quote
from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase, Source
from sendbot.knowledge.periods import parse_period

# A date to the month or the day ("May 2024", "3rd June 2025"): what a promise is dated by. A
# year or a split year ("from 2024", "in 2024/25") is the period a figure is for, which the
# staleness line speaks of.
_TO_THE_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")

# A season and its year ("autumn 2025"), which the figure reader takes as the year alone: the
# months each covers, winter running into the next year.
_SEASON = re.compile(r"\b(spring|summer|autumn|winter)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}

# A time named from the day of the answer ("we will publish a White Paper early in the new
# year", said in November 2025): no figure to read, yet as much a promise as "by May 2024".
# Each is over by the end of a year counted from the answer's year: "early" in it by the end
# of June. Bare "next year" and "this year" are left out: beside a sum they name a financial
# year ("£10.1 billion next year"), which the staleness line speaks of.
_RELATIVE = re.compile(
    r"\b(?:(?P<late>later (?:this|in the) year|by the end of (?:this|the) year)"
    r"|(?P<early>early (?:in the new|next) year)|(?P<new>in the new year|later next year))\b",
    re.IGNORECASE,
)

# How the line opens, so a front end can tell it from the lines about the newest figure.
OPENING = "This was said on "


def passed_date_line(kb: KnowledgeBase, fact: Fact, today: dt.date | None) -> str | None:
    """'This was said on 22 March 2024, looking ahead to May 2024: that date has now passed.',
    of the latest such date the fact's quote writes as it writes it; None when it writes none
    that was still to come when said and is over by `today` (or no date is known)."""
    if today is None:
        return None
    source = kb.source_of(fact)
    ahead = _dates_ahead(fact, source)
    passed = [(end, text) for end, text in ahead if end < today]
    if not passed:
        return None
    _, text = max(passed)
    said = human_date(source.answered)
    if _RELATIVE.fullmatch(text):
        # The source's own words, since the year they mean is read, not written.
        return f"{OPENING}{said}, looking ahead to “{text}”: that time has now passed."
    return f"{OPENING}{said}, looking ahead to {text}: that date has now passed."


def _dates_ahead(fact: Fact, source: Source) -> list[tuple[dt.date, str]]:
    """The dates to the month, and the seasons ("autumn 2025"), the quote writes that began
    after its answer was given, with the last day each covers."""
    quote = display_quote(fact.quote)
    found = [(end, said) for start, end, said in _seasons(quote) if start > source.answered]
    found += _relative_times(quote, source.answered)
    for figure in extract_figures(quote):
        value = str(figure.value)
        if figure.kind is not FigureKind.DATE or not _TO_THE_MONTH.match(value):
            continue
        span = parse_period(value)
        if span is not None and span.start > source.answered:
            found.append((span.end, " ".join(figure.text.split())))
    return found


def _seasons(quote: str) -> list[tuple[dt.date, dt.date, str]]:
    """Each season the quote names with its year: its first and last days, as written."""
    found = []
    for named in _SEASON.finditer(quote):
        first, last = _SEASON_MONTHS[named.group(1).lower()]
        year = int(named.group(2))
        start = dt.date(year, first, 1)
        after = dt.date(year + (last // 12), last % 12 + 1, 1)  # the month after the last
        found.append((start, after - dt.timedelta(days=1), named.group(0)))
    return found


def _relative_times(quote: str, answered: dt.date) -> list[tuple[dt.date, str]]:
    """Each time the quote names from the day it was said ("later this year", "early in the
    new year"), with the last day it can mean, as written."""
    found = []
    for named in _RELATIVE.finditer(quote):
        if named.group("late"):
            end = dt.date(answered.year, 12, 31)
        elif named.group("early"):
            end = dt.date(answered.year + 1, 6, 30)
        else:
            end = dt.date(answered.year + 1, 12, 31)
        found.append((end, " ".join(named.group(0).split())))
    return found
