"""A sum a question states ("is the high needs budget £11bn?") and a day of a month a quote
says ("in the Spending Review on 11 June") share a number, not a figure: the fact whose quote
has the number only as a day does not hold the sum, and is no closer to the question for it.
Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sendbot.answering.named_month import MONTH_WORDS

# A month by its name or first letters ("jun", "sept"), longest first.
_MONTH = "(?:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + ")"
# "11 June", "11th of June", "June 11": the day's number, in either group.
_DAY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}\b|\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
# A whole number of pounds, or of billions or millions, small enough to be a day: "£11bn",
# "11 billion", "£20m". ("£2.6bn" is no day: its number is "2.6".)
_SUM = re.compile(
    r"(?:\u00a3\s?(\d{1,2})(?![\d.,]\d)|\b(\d{1,2})(?![\d.,]\d)(?=\s?(?:bn|billion|m|million|mn)\b))",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def sum_numbers(text: str) -> frozenset[str]:
    """The numbers of the sums `text` states that could also be a day of a month."""
    return frozenset(str(int(m.group(1) or m.group(2))) for m in _SUM.finditer(text))


@lru_cache(maxsize=1024)
def day_only_numbers(quote: str) -> frozenset[str]:
    """The numbers `quote` says only as a day of a month, never as a figure of its own."""
    days = {str(int(m.group(1) or m.group(2))) for m in _DAY.finditer(quote)}
    if not days:
        return frozenset()
    elsewhere = {number.replace(",", "") for number in _NUMBER.findall(_DAY.sub(" ", quote))}
    return frozenset(days - elsewhere)


def sums_said_as_days(sums: frozenset[str], quote: str) -> frozenset[str]:
    """The numbers of the sums asked (`sum_numbers` of a question) that `quote` says only as a
    day: "11 June" carries no "£11bn"."""
    return sums & day_only_numbers(quote) if sums else frozenset()


def as_figures(terms: frozenset[str], quote: str, sums: frozenset[str]) -> frozenset[str]:
    """A fact's `terms` without the numbers of the sums asked that its `quote` says only as a
    day."""
    days = sums_said_as_days(sums, quote)
    return terms - days if days else terms
