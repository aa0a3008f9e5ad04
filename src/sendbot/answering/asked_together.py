"""Questions asking two details at once ("when did it launch and how big is it?", "how many
are being trained and how much is it costing?"): a fact that gives only one of them is half
an answer when a fact as close to the question gives both. Pure.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from sendbot.knowledge.model import Fact, FigureKind


class Detail(StrEnum):
    COUNT = "count"
    MONEY = "money"
    DATE = "date"
    SIZE = "size"  # "how big": a count or a sum of money gives it


_ASKS = (
    (Detail.COUNT, re.compile(r"\bhow many\b|\bnumber of\b")),
    (
        Detail.MONEY,
        re.compile(r"\bhow much\b(?! (?:more|less|longer|later|earlier)\b)|\bcosting\b"),
    ),
    (Detail.DATE, re.compile(r"\bwhen\b|\bwhat (?:year|date|month)\b")),
    (Detail.SIZE, re.compile(r"\bhow (?:big|large)\b")),
)
# Words that ask for a detail without naming what it is of: a fact giving the detail says them.
DETAIL_WORDS = "cost costing costs"
_AND = re.compile(r"\band\b")
_MONEY = re.compile(r"£\s?\d")
# A number that is not a year, a sum of money or a share: "400 educational psychologists".
_COUNT = re.compile(r"(?<![£\d.,])\b(?!(?:19|20)\d\d\b)\d[\d,]*\b(?![\d.,]*\s?(?:%|per ?cent))")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# Asked by each ranking of a question, and a question may be ranked more than once: read once.
@lru_cache(maxsize=16)
def details_asked(text: str) -> frozenset[Detail]:
    """The details a question asks for when it asks more than one, joined by "and"; else
    nothing: a question asking one detail is ranked as it is."""
    found = [
        (match.start(), detail) for detail, pattern in _ASKS for match in pattern.finditer(text)
    ]
    asked = frozenset(detail for _, detail in found)
    if len(asked) < 2:
        return frozenset()
    first = min(start for start, _ in found)
    last = max(start for start, _ in found)
    return asked if _AND.search(text, first, last) else frozenset()


def details_given(fact: Fact) -> frozenset[Detail]:
    """The details the fact's quote states (a figure's kind, or its own words)."""
    kinds = {figure.kind for figure in fact.figures}
    given = set()
    if FigureKind.MONEY in kinds or _MONEY.search(fact.quote):
        given.add(Detail.MONEY)
    if FigureKind.COUNT in kinds or _COUNT.search(fact.quote):
        given.add(Detail.COUNT)
    if FigureKind.DATE in kinds or _YEAR.search(fact.quote):
        given.add(Detail.DATE)
    if given & {Detail.COUNT, Detail.MONEY}:
        given.add(Detail.SIZE)
    return frozenset(given)


def gives_all(asked: frozenset[Detail], fact: Fact) -> bool:
    return asked <= details_given(fact)
