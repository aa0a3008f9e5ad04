"""Find the figures (counts, money, percentages, dates) a piece of text states.

Used to check that every number a fact states is in its quote, and to draft figures when a
knowledge base is built from a document. Pure: text in, figures out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from sendbot.knowledge.model import Figure, FigureKind

MONTHS = {
    name: index
    for index, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
# Each month's name by its number (9 -> "september"): the one reverse of MONTHS, read-only.
MONTH_NAME_BY_NUMBER: Mapping[int, str] = MappingProxyType(
    {number: name for name, number in MONTHS.items()}
)
# The one map of number words: every module that reads them imports this one, and it is
# read-only so that none adds its own words to it for all the others.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        word: index
        for index, word in enumerate(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
                "twenty",
            ]
        )
    }
    | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100}
)
SCALES = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mil": 1_000_000,  # "70 mill": chat's shorthand
    "mill": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
QUALIFIERS = (
    "more than",
    "over",
    "up to",
    "at least",
    "almost",
    "nearly",
    "around",
    "about",
    "approximately",
    "under",
    "fewer than",
    "less than",
)

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:thousand|million|billion|bn|mn|mill|mil|m|k|b)\b"
# A qualifier is looked for just before a figure, not inside each pattern: a leading optional
# group would make every pattern try a match at every character, which made loading slow.
_QUALIFIER_BEFORE = re.compile(
    r"\b(" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+$", re.IGNORECASE
)
_MONTH = "|".join(MONTHS)

# Order matters: earlier patterns claim their text first, so "£70 million" is money, not a count,
# and "8th February 2024" is one date, not a count and a year.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money",
        re.compile(
            rf"(?:£\s?(?P<number>{_NUMBER})\s*(?P<scale>{_SCALE})?"
            rf"|(?P<number2>{_NUMBER})\s*(?P<scale2>{_SCALE})?\s*pounds\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(
            rf"(?P<number>{_NUMBER})\s*(?:%|per\s*cent\b|percent\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "full_date",
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d{{2}})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "iso_date",
        re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ),
    (
        "month_year",
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    ),
    (
        "split_year",
        re.compile(r"\b(?P<year>(?:19|20)\d{2})\s*[/-]\s*(?P<end>\d{2})\b"),
    ),
    ("year", re.compile(r"(?<![£\d.,])\b(?P<year>(?:19|20)\d{2})\b(?![.,]?\d|\s*%)")),
    (
        "count",
        re.compile(
            rf"(?<![\w.,])(?P<number>{_NUMBER})(?:\s*(?P<scale>{_SCALE}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "count_word",
        re.compile(
            rf"\b(?P<word>{'|'.join(NUMBER_WORDS)})\b",
            re.IGNORECASE,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class FoundFigure:
    kind: FigureKind
    value: int | float | str
    text: str
    start: int
    end: int
    qualifier: str | None = None


def parse_number(text: str, scale: str | None = None) -> int | float:
    """'1,500' -> 1500; '10.5', 'billion' -> 10500000000. Exact: no binary float rounding."""
    number = Decimal(text.replace(",", ""))
    if scale:
        number *= SCALES[scale.lower()]
    return int(number) if number == number.to_integral_value() else float(number)


def _qualifier_before(text: str, start: int) -> re.Match[str] | None:
    return _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)


def _figure(kind_name: str, match: re.Match[str], text: str) -> FoundFigure:
    groups = match.groupdict()
    kind: FigureKind
    value: int | float | str
    if kind_name == "money":
        number, scale = groups["number"] or groups["number2"], groups["scale"] or groups["scale2"]
        kind, value = FigureKind.MONEY, parse_number(number, scale)
    elif kind_name == "percent":
        kind, value = FigureKind.PERCENT, parse_number(groups["number"])
    elif kind_name in ("full_date", "iso_date"):
        month = groups["month"]
        month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
        kind = FigureKind.DATE
        value = f"{groups['year']}-{month_number:02d}-{int(groups['day']):02d}"
    elif kind_name == "month_year":
        kind = FigureKind.DATE
        value = f"{groups['year']}-{MONTHS[groups['month'].lower()]:02d}"
    elif kind_name == "split_year":
        kind, value = FigureKind.DATE, f"{groups['year']}/{groups['end']}"
    elif kind_name == "year":
        kind, value = FigureKind.DATE, groups["year"]
    elif kind_name == "count":
        kind, value = FigureKind.COUNT, parse_number(groups["number"], groups.get("scale"))
    else:
        kind, value = FigureKind.COUNT, NUMBER_WORDS[groups["word"].lower()]
    start, qualifier = match.start(), None
    before = _qualifier_before(text, start)
    if before is not None and kind is not FigureKind.DATE:
        start, qualifier = before.start(), " ".join(before.group(1).lower().split())
    return FoundFigure(kind, value, text[start : match.end()], start, match.end(), qualifier)


@lru_cache(maxsize=1024)
def extract_figures(text: str) -> tuple[FoundFigure, ...]:
    """Every figure in `text`, in reading order; each character belongs to one figure at most."""
    claimed: list[tuple[int, int]] = []
    found: list[FoundFigure] = []
    for kind_name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < c_end and c_start < end for c_start, c_end in claimed):
                continue
            claimed.append((start, end))
            found.append(_figure(kind_name, match, text))
    return tuple(sorted(found, key=lambda figure: figure.start))


_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:{_MONTH})\b", re.IGNORECASE)


def is_day_of_a_month(text: str, figure: FoundFigure) -> bool:
    """A count just before a month name with no year ("on 11 June"): a day, not eleven of
    anything. `kb check` still checks it as a number; drafting asks nothing about it."""
    return figure.kind is FigureKind.COUNT and bool(_MONTH_AFTER.match(text, figure.end))


# The words that make a number someone's age ("aged 16", "16 year olds"): in a drafted
# sentence here, and in a curated figure's label and unit for the matcher's `is_age`.
_AGE_BEFORE_NUMBER = re.compile(r"age|ages|aged", re.IGNORECASE)  # "aged 16"
_AGE_AFTER_NUMBER = re.compile(r"years? old|year olds?", re.IGNORECASE)  # "16 year olds"
AGE_WORDS = re.compile(
    rf"\b(?:{_AGE_AFTER_NUMBER.pattern}|{_AGE_BEFORE_NUMBER.pattern})\b", re.IGNORECASE
)
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|to|and)\s*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
_OLDEST_AGE = 120


def age_figures(text: str, found: tuple[FoundFigure, ...]) -> set[FoundFigure]:
    """The counts that are someone's age: both ends of an age range ("aged 16-24", "16 to 24
    year olds", "aged between 16 and 24") and a single age ("aged 16", "from age 5", "under
    the age of 18", "16-year-olds"). They say who something is for, not a number of anything."""
    ages = {figure for figure in found if _a_single_age(text, figure)}
    for low, high in pairwise(found):
        if not (
            low.kind is high.kind is FigureKind.COUNT
            and low.qualifier is None
            and isinstance(low.value, int)
            and isinstance(high.value, int)
            and low.value < high.value <= _OLDEST_AGE
            and _RANGE_JOIN.fullmatch(text, low.end, high.start)
        ):
            continue
        before = _CLAUSE_BREAK.split(text[: low.start])[-1].split()[-2:]
        after = _CLAUSE_BREAK.split(text[high.end :])[0].replace("-", " ").split()[:3]
        if AGE_WORDS.search(" ".join(before)) or AGE_WORDS.search(" ".join(after)):
            ages.update((low, high))
    return ages


def _a_single_age(text: str, figure: FoundFigure) -> bool:
    """An age word right before the number ("aged 16", "the age of 18"; after a qualifier:
    "aged over 16") or right after it ("16-year-olds", "5 years old")."""
    if not (
        figure.kind is FigureKind.COUNT
        and isinstance(figure.value, int)
        and figure.value <= _OLDEST_AGE
    ):
        return False
    before = _CLAUSE_BREAK.split(text[: figure.start])[-1].split()
    if before and before[-1].lower() == "of":
        before.pop()
    after = _CLAUSE_BREAK.split(text[figure.end :])[0].replace("-", " ").split()[:2]
    return bool(
        (before and _AGE_BEFORE_NUMBER.fullmatch(before[-1]))
        or _AGE_AFTER_NUMBER.fullmatch(" ".join(after))
    )


def same_figure(
    stated: FoundFigure | tuple[FigureKind, int | float | str], quoted: FoundFigure | Figure
) -> bool:
    """Whether a figure someone states is backed by a figure in a quote, found in its text or
    one of a fact's own figures.

    Numbers match on value whatever their kind ("£70 million" backs "70 million"); a date
    matches a date it is part of ("2023" is backed by "September 2023").
    """
    kind, value = (stated.kind, stated.value) if isinstance(stated, FoundFigure) else stated
    if kind is FigureKind.DATE or quoted.kind is FigureKind.DATE:
        if kind is not quoted.kind:
            # a year stated as a bare number ("in 2025") is still backed by a date that has it
            return str(value) == str(quoted.value)[:4] if quoted.kind is FigureKind.DATE else False
        return str(quoted.value).startswith(str(value))
    return isinstance(value, int | float) and Decimal(str(value)) == Decimal(str(quoted.value))


def figures_besides_dates(text: str) -> tuple[FoundFigure, ...]:
    """The sums, counts and percentages `text` says: its figures that are not dates ("the
    21 million" is read as a count, which a fact's sum of £21 million matches on value)."""
    return tuple(f for f in extract_figures(text) if f.kind is not FigureKind.DATE)


# A scale written after a number word: "thirteen million (pounds)" is 13,000,000.
_SCALE_AFTER_WORD = re.compile(r"\s+(thousand|million|billion)\b", re.IGNORECASE)


def _with_spelt_scale(text: str, figure: FoundFigure) -> FoundFigure:
    """A number word with the scale after it, read whole: a statement may spell out a sum its
    quote gives in digits ("thirteen million pounds" of "£13 million"). Only the statement
    check reads it so; what a question's figures are is read elsewhere."""
    last = figure.text.split()[-1].lower()
    scale = _SCALE_AFTER_WORD.match(text, figure.end)
    if last not in NUMBER_WORDS or scale is None or not isinstance(figure.value, int):
        return figure
    value = figure.value * SCALES[scale.group(1).lower()]
    return FoundFigure(
        figure.kind,
        value,
        text[figure.start : scale.end()],
        figure.start,
        scale.end(),
        figure.qualifier,
    )


def unbacked_figures(statement: str, quote: str) -> list[FoundFigure]:
    """Figures the statement says that the quote does not: each one would put words in a mouth."""
    quoted = extract_figures(quote)
    return [
        stated
        for stated in (_with_spelt_scale(statement, f) for f in extract_figures(statement))
        if not any(same_figure(stated, candidate) for candidate in quoted)
    ]
