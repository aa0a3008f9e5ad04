"""A written answer named by the month it was asked or answered: "the sep 2023 question",
"what did the dec 2023 q ask". Pure.

A month asked of a part of a written answer (its question, its date) names which answer is
meant, as its year does; it need not be a word of the answer ("dec" is no word of "11th
December 2023").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.model import Source

# A month as people write it: "september", "sep", "sept".
MONTH_WORDS = {**MONTHS, **{name[:3]: number for name, number in MONTHS.items()}, "sept": 9}
_YEAR = re.compile(r"(?:19|20)\d\d")


def month_of(term: str) -> int | None:
    """The month a term names ("sep", "sept", "september" -> 9), else None."""
    return MONTH_WORDS.get(term)


def dated_in_month(source: Source, month: int, year: int | None = None) -> bool:
    """The written answer was asked or answered in that month (of that year, when given)."""
    return any(
        day is not None and day.month == month and (year is None or day.year == year)
        for day in (source.asked, source.answered)
    )


def month_and_year(terms: Sequence[str]) -> tuple[int, int] | None:
    """The month and year the terms name together ("dec", "2023" -> (12, 2023)), when they
    name one month and one year; else None."""
    months = {month for term in terms if (month := month_of(term)) is not None}
    years = {int(term) for term in terms if _YEAR.fullmatch(term)}
    if len(months) != 1 or len(years) != 1:
        return None
    return next(iter(months)), next(iter(years))


def months_before_a_year(said: Sequence[str]) -> list[str]:
    """The month words written just before a year ("may" of "in may 2025"): a month the
    matcher's terms leave out when it is also an everyday word ("may" is a stopword)."""
    return [
        word for word, after in pairwise(said) if word in MONTH_WORDS and _YEAR.fullmatch(after)
    ]
