"""A total over every year, asked of a figure for one year: "what's the total cost across every
year, not just 2024/25?" of £10.5 billion in 2024/25. The sum for one year is not the sum over
all of them, and no sentence may present it as that. Pure."""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.period_mismatch import said_number
from sendbot.answering.question import Question

# "across every year", "all years combined", "not just 2024/25":
# the whole run of years asked, or the one year named set aside as too little.
_EVERY_YEAR = re.compile(
    r"\b(?:(?:across|over|throughout) (?:all|every|each) (?:of )?(?:the )?years?|"
    r"(?:all|every) (?:the )?years? (?:combined|together|added up|put together|summed)|"
    r"not (?:just|only) (?:for |in )?(?:the )?(?:19|20)\d\d(?:_\d\d)?)\b"
)
_ASKED = FIGURE_ASKED | {Intent.OTHER}


def asks_a_total_across_every_year(question: Question) -> bool:
    """Whether a figure is asked over every year together: what every_year_not_given weighs."""
    return question.intent in _ASKED and _EVERY_YEAR.search(question.text) is not None


def every_year_not_given(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's figure is for one year, when a total across every year is
    asked; None otherwise (a fact giving figures for several years may add them up)."""
    if not asks_a_total_across_every_year(question):
        return None
    # (a sum for one financial or academic year: "2024_25"; not a year a date falls in)
    years = {year for year in fact.own_years | fact.period_years if "_" in year}
    if len(years) != 1 or fact.main_kind is None:
        return None
    (year,) = years
    return f"{SOURCE} gives a figure for {said_number(year)}, not a total across every year."
