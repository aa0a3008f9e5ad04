"""Questions asking for an exact date or month ("which month exactly, is there a date?", "what's
the exact date the white paper comes out"), of a fact that gives the time only loosely ("early
in the new year", "later this year", "in the autumn"): the loose time is the closest fact, not
the date asked, so the reply says the written answer gives no exact date. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question
from sendbot.knowledge.figures import MONTHS

# "which month exactly", "the exact date", "what date precisely", "is there a date", "which
# day": a date to the month or day.
_EXACT_ASKED = re.compile(
    r"\b(?:which|what) (?:month|day|date)\b(?=.*\b(?:exactly|precisely|specifically)\b)|"
    r"\b(?:which|what) (?:exact|precise|specific|actual) (?:month|day|date)\b|"
    r"\b(?:exact|precise|specific|actual|firm|set) (?:date|day|month)\b|"
    r"\b(?:which|what) month\b|\bis there (?:a|an|any) (?:\w+ )?date\b"
)
# A time said loosely: of a season, a year's part or no time at all.
_LOOSE = re.compile(
    r"\b(?:early in the new year|in the new year|early next year|later this year|later in the year|"
    r"by the end of the year|in due course|in the coming (?:weeks|months)|shortly|soon|"
    r"(?:in |by |from )?(?:the )?(?:early |late )?(?:spring|summer|autumn|winter)(?: term)?"
    r"(?: (?:19|20)\d\d)?)\b"
)
_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def asks_an_exact_date(question: Question) -> bool:
    """Whether the question asks for a date to the month or day: what exact_date_not_given
    weighs, of any fact."""
    text = question.text
    if "date" not in text and "month" not in text and "day" not in text:
        return False  # most questions
    return _EXACT_ASKED.search(text) is not None


def exact_date_not_given(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact gives its time only loosely; None when the question asks
    no exact date or the fact names a month."""
    if not asks_an_exact_date(question) or _MONTH.search(fact.text):
        return None
    loose = _LOOSE.search(fact.text)
    if loose is None:
        return None
    return f'{SOURCE} says only "{loose[0].strip()}"; it doesn\'t give an exact date.'
