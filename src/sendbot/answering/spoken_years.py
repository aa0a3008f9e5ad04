"""Years said in words, as speech-to-text writes them: "twenty twenty-three to twenty-four" is
"2023/24", the financial or academic year, as every later step reads it. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.spelt_amounts import below_hundred
from sendbot.knowledge.figures import MONTHS, NUMBER_WORDS

# The words of the one map of number words a year's last two digits are said in.
_UNITS = {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 9}
_TEENS = {word: n for word, n in NUMBER_WORDS.items() if 10 <= n <= 19}
_TENS = {word: n for word, n in NUMBER_WORDS.items() if n in (20, 30)}
# The two last digits of a year, in words: "thirteen", "twenty", "twenty-four", "thirty one".
_TWO_DIGITS = rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_UNITS)}))?)"
# "twenty twenty-three": a year of this century; not "twenty" alone, nor "twenty one".
_SPOKEN_YEAR = re.compile(rf"\btwenty[\s-]+({_TWO_DIGITS})\b", re.IGNORECASE)
# "2023 to twenty-four": the end of a span of years, after a year in figures.
_SPOKEN_END = re.compile(
    rf"\b((?:19|20)\d\d)(\s*(?:to|-|/|until|till)\s*)({_TWO_DIGITS})\b", re.IGNORECASE
)


# A month and a year's last two digits, naming when something was said: "the nov 25 question",
# "in june 25", "that feb 23 answer", "jan '26 answer". A day of the month reads the same ("on
# june 25", "as of feb 24", "since sept 23", "sept 23 answer"), so the year is read only after
# "the", "that", "this", "in" or "during", or after an apostrophe; never before "th", a comma
# and a year, or a slash.
_MONTH_NAMES = "|".join(
    sorted({*MONTHS, *(name[:3] for name in MONTHS), "sept"}, key=len, reverse=True)
)
# The month before a year's two last digits, and the word before it: read at the end of the few
# characters before the digits.
_MONTH_BEFORE = re.compile(
    rf"\b(?:(?P<before>the|that|this|in|during) )?"
    rf"(?P<month>{_MONTH_NAMES})\.? (?P<apostrophe>')?$",
    re.IGNORECASE,
)
# A year's two last digits standing alone ("25", "'26"), not a day ("25th"), nor followed by a
# year ("june 25, 2025") or another number ("24/25").
_TWO_DIGITS_FROM_20 = re.compile(
    r"(?<![\d.,£$/])2\d(?![\d.,%/:-])(?!\s*(?:st|nd|rd|th)\b|\s*,?\s*(?:19|20)\d\d)"
)
_MONTH_WORDS = frozenset({*MONTHS, *(name[:3] for name in MONTHS), "sept"})
# How far before the digits the month and the word before it may start.
_MONTH_REACH = 16


def with_month_years_in_full(text: str) -> str:
    """`text` with a month's two-digit year in full ("the nov 25 question" -> "the nov 2025
    question"), where the words around it say it is a year, not a day."""
    if "2" not in text or _MONTH_WORDS.isdisjoint(text.lower().replace(".", " ").split()):
        return text  # most questions: no month, and no pattern tried
    found = []
    for digits in _TWO_DIGITS_FROM_20.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, digits.start() - _MONTH_REACH), digits.start())
        if month is not None:
            found.append((month, digits))
    if len(found) != 1:
        # none, or "between the nov 23 and feb 24 answers": two answers compared, each but a
        # guess from its month; left as said
        return text
    month, digits = found[0]
    if not (month["before"] or month["apostrophe"]):
        return text
    before = f"{month['before']} " if month["before"] else ""
    year = f"{before}{month['month']} 20{digits[0]}"
    return f"{text[: month.start()]}{year}{text[digits.end() :]}"


def _span(found: re.Match[str]) -> str:
    """ "2023 to twenty-four" -> "2023/24" (one year to the next), "2023 to thirty" -> "2023
    to 2030"."""
    year, end = int(found[1]), below_hundred(found[3])
    if end == (year + 1) % 100:
        return f"{year}/{end:02d}"
    return f"{year}{found[2]}{year // 100 * 100 + end}"


def with_years_in_figures(text: str) -> str:
    """`text` with the years said in words written in figures ("twenty twenty-three to
    twenty-four" -> "2023/24"); unchanged when it has none (nearly every question)."""
    if "twenty" not in text.lower():
        return text
    text = _SPOKEN_YEAR.sub(lambda found: str(2000 + below_hundred(found[1])), text)
    return _SPOKEN_END.sub(_span, text)
