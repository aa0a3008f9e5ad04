"""The period a figure is for: a year, a financial or academic year, a month or a day.

Written as text in a knowledge file ("2024/25", "2023", "2023-09", "2024-02-08") and turned
into a span of days so periods can be checked and ordered. Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from sendbot.knowledge.human_date import human_date

_SPLIT_YEAR = re.compile(r"^((?:19|20)\d{2})/(\d{2})$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_MONTH = re.compile(r"^((?:19|20)\d{2})-(\d{2})$")
_DAY = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}$")

PERIOD_FORMS = "2024/25 (financial or academic year), 2023, 2023-09 or 2024-02-08"
# How many years from the one a date falls in a year said relative to it is ("last year" -1,
# "the coming year" +1): a question's words and an answer's sentence read alike.
RELATIVE_YEAR_OFFSETS = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A span of days, ordered by when it ends, then by when it starts."""

    end: dt.date
    start: dt.date
    text: str


def parse_period(text: str) -> Period | None:
    """The span a period's text names, or None when the text is not one of PERIOD_FORMS.

    A split year such as 2024/25 may be a financial year (April to March) or an academic
    year (September to August); its span covers both, from 1 April 2024 to 31 August 2025.
    """
    text = text.strip()
    if split := _SPLIT_YEAR.match(text):
        first = int(split.group(1))
        if int(split.group(2)) != (first + 1) % 100:
            return None
        return Period(dt.date(first + 1, 8, 31), dt.date(first, 4, 1), text)
    if _YEAR.match(text):
        year = int(text)
        return Period(dt.date(year, 12, 31), dt.date(year, 1, 1), text)
    if month := _MONTH.match(text):
        year, number = int(month.group(1)), int(month.group(2))
        if not 1 <= number <= 12:
            return None
        last = calendar.monthrange(year, number)[1]
        return Period(dt.date(year, number, last), dt.date(year, number, 1), text)
    if _DAY.match(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return None
        return Period(day, day, text)
    return None


# The month a split year begins: financial years in April, academic years in September.
SPLIT_YEAR_START = {"financial": 4, "academic": 9}


def split_year(first: int) -> Period:
    """The split year that begins in `first`: split_year(2024) is 2024/25."""
    period = parse_period(f"{first}/{(first + 1) % 100:02d}")
    assert period is not None
    return period


def relative_period(offset: int, reference: dt.date, split: str | None) -> Period:
    """The year `offset` years from the one `reference` falls in ("last year" is -1): a split
    year when `split` names one ("financial" or "academic"), else a calendar year."""
    if split is None:
        year = reference.year + offset
        return Period(dt.date(year, 12, 31), dt.date(year, 1, 1), str(year))
    begun = reference.year if reference.month >= SPLIT_YEAR_START[split] else reference.year - 1
    return split_year(begun + offset)


def period_label(text: str) -> str:
    """A period as a reader writes it: "2023-03" -> "March 2023", "2024-02-08" -> "8 February
    2024"; years and split years as they are."""
    period = parse_period(text)
    if period is None or (not _MONTH.match(text) and not _DAY.match(text)):
        return text
    if _DAY.match(text):
        return human_date(period.start)
    return f"{period.start:%B %Y}"
