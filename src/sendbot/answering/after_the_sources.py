"""A time asked about that begins after the newest written answer ("in late 2026", "this
autumn 2026", "right now in december 2026", "this term" read in December 2026): no written
answer can give what held then, so an older figure shown for it would be shown as current.
A bare year ("in 2026") is left to the period reading, which weighs it against each figure's
own period. Pure: today's date and the newest answer's date are parameters.
"""

from __future__ import annotations

import datetime as dt
import re

from sendbot.answering.asked_period import named_months
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.question import Question
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.measures import period_of
from sendbot.knowledge.model import Fact

# A part of a year written before it: "late 2026", "autumn of 2026", "mid-2026". The month each
# part begins in; "early" is left out, as it begins with the year (the period reading has it).
_PART_STARTS = {"mid": 5, "spring": 3, "summer": 6, "late": 9, "autumn": 9, "fall": 9}
_PART_OF_YEAR = re.compile(
    rf"\b({'|'.join(_PART_STARTS)}) (?:of )?((?:19|20)\d{{2}})\b"
    # "the spring 2026 budget", "autumn 2026 statement": a fiscal event named, not a time asked
    r"(?! (?:budget|statement|spending review))"
)
# "this autumn", "this term": a part of the year counted from today, when today is known.
_THIS_PART = re.compile(r"\b(?:this|current) (term|spring|summer|autumn|fall)\b")
# The school term a date falls in, by the month it begins: autumn, spring, summer.
_TERM_STARTS = (9, 4, 1)


def time_asked_after(
    question: Question, newest: dt.date, today: dt.date | None
) -> tuple[str, dt.date] | None:
    """The time the question names (as it names it) and the day it begins, when it begins
    after `newest` (the date of the newest written answer); else None."""
    said = " ".join(question.words)
    named: list[tuple[str, dt.date]] = []
    for part, year in _PART_OF_YEAR.findall(said):
        named.append((f"{part} {year}", dt.date(int(year), _PART_STARTS[part], 1)))
    for month in named_months(question):
        start = dt.date(int(month[:4]), int(month[5:7]), 1)
        named.append((start.strftime("%B %Y"), start))
    if today is not None:
        for part in _THIS_PART.findall(said):
            named.append((f"this {part}", _begins(part, today)))
    after = [(text, start) for text, start in named if start > newest]
    return min(after, key=lambda found: found[1]) if after else None


# Characters that no rule reading a message (markup, folding) joins into a number or a year:
# a message of only these has a year in its words only if it is written in it.
_ONLY_PLAIN = re.compile(r"[A-Za-z0-9 ?.!'\"£%;-]*")
# Figures folding writes as one number: "2,024" and "2.02k" hold 2024 and 2020.
_JOINED_NUMBER = re.compile(r"\d[,kK]")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
# The words a year is named after, each as every way of writing it begins: a month ("sept",
# "september": "sep"), a part of a year ("late", "autumn").
_BEFORE_A_YEAR = (*sorted({month[:3] for month in MONTH_WORDS}), *_PART_STARTS)


def may_name_a_later_time(text: str, today: dt.date | None) -> bool:
    """Whether `text`, once read, may name a time `time_asked_after` gives: a cheap test
    before reading it, as most messages write no year after a month or a part of a year (and,
    when today is known, no "this autumn"), the only ways one is named. A message with other
    characters (markup, letters beyond ASCII) or a figure folding may write as a year always
    may."""
    if not _ONLY_PLAIN.fullmatch(text) or _JOINED_NUMBER.search(text):
        return True
    lowered = text.lower()
    if _YEAR_WRITTEN.search(text) and any(word in lowered for word in _BEFORE_A_YEAR):
        return True
    return today is not None and ("this" in lowered or "current" in lowered)


def _begins(part: str, today: dt.date) -> dt.date:
    """The day "this term" or "this autumn" begins, read on `today`."""
    if part == "term":
        month = next(month for month in _TERM_STARTS if month <= today.month)
        return dt.date(today.year, month, 1)
    return dt.date(today.year, _PART_STARTS[part], 1)


def reaches(fact: Fact, start: dt.date) -> bool:
    """The fact may speak of the time: it gives no figure but dates (then the time is a start
    the asker puts to it: "the new qualification from autumn 2027?"), its figure's period
    runs into the time, or its quote writes the year (a plan "from autumn 2026")."""
    return fact.measured is None or period_of(fact).end >= start or str(start.year) in fact.quote


def not_covered_line(asked: str, newest: dt.date) -> str:
    return f"The written answers stop at {human_date(newest)}: none of them covers {asked}."
