"""A question asking what time a figure the sources give covers, or where it comes from: "is
the £21m per year or across both years?", "is the 60% per year or over 5 yrs", "is the 23 per
year or so far?", "which year is the £10.5bn for?", "15 special schools opened?? when", "1500
new places - where does that number come from?". The fact giving that very figure, when its own
words say the time it covers ("across the academic years 2024 and 2025", "over five years",
"so far", "in 2024/25", "this academic year"), answers it: its quote shows the reader the span.

Still a partial: a question asking a figure for each year ("how much is the £21m per year?"),
which the source does not give; and one of a fact whose words give no span ("is the £70m per
year?" of a programme "launched in September 2023": a date it was launched, not a span the
sum covers). Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sendbot.answering.fact_profile import FactProfile
from sendbot.knowledge.figures import extract_figures, same_figure
from sendbot.knowledge.model import FigureKind

# Asking whether a figure is for one year, several, or up to now: "per year", "a year",
# "yearly", "over five years", "across both years", "so far", "in total", "or since 2010",
# "in the academic year".
_ASKS_SPAN = re.compile(
    r"\b(?:per|each|every|a|one) (?:year|yr|annum)\b|\b(?:yearly|annual|annually|p\.?a)\b"
    r"|\b(?:over|across|for) (?:the )?(?:\w+ ){0,2}(?:years|yrs)\b"
    r"|\b(?:so far|to date|in total|or total|altogether|all together|or since|cumulative)\b"
    r"|\b(?:academic|financial|school) year\b"
)
# Asking which year: "which financial year is it for", "what year is that".
_ASKS_WHICH_YEAR = re.compile(r"\b(?:which|what) (?:financial |academic )?(?:year|yr)\b")
# Asking when, and nothing more: "15 special schools opened?? when", "when were they opened?"
# (not "when will they be qualified and working", which asks another time than the figure's).
_ASKS_WHEN = re.compile(r"^(?:.* )?when$|^when (?:was|were|did) (?:\w+ ){0,5}open(?:ed)?$")
# A yes/no check of the figure: "is the 60% per year", "23 reports - is that per year?".
_CHECKS = re.compile(r"\b(?:is|was|are|were)\b")
# Words asking something besides the span: an amount, a judgement, another figure.
_ASKS_SOMETHING_ELSE = re.compile(
    r"\b(?:how|what|whats|why|who|enough|good|bad|worst|best|not|break ?down|split|by age)\b"
)
# Asking where the figure comes from: "where does that number come from", "whats the source
# of the 1500".
_ASKS_SOURCE = re.compile(
    r"\bwhere (?:does|did|do|is) (?:\w+ ){0,3}(?:come|coming) from\b"
    r"|\b(?:source|basis) (?:of|for) (?:that|the|this|those|these)\b"
)
# What a fact says of a span besides its period and its years: it runs from one year to another.
_SPAN_ROLES = frozenset({"starts", "ends"})
# ... or in its own words: "over the next three years", "between 2022 and 2025", "since 2010".
_SAYS_SPAN = re.compile(
    r"\bover the (?:next|last|past|coming) \w+ years\b|\bbetween \d{4} and \d{4}\b"
    r"|\bsince \d{4}\b"
)


def asks_figure_span(text: str) -> bool:
    """The words ask what time a figure covers: "per year or so far?", "which year is it for"."""
    lowered = text.lower()
    return bool(_ASKS_SPAN.search(lowered) or _ASKS_WHICH_YEAR.search(lowered))


def answers_its_span(text: str, fact: FactProfile) -> bool:
    """The question (`text`) checks what time a figure the fact gives covers ("is the 23 per
    year or so far?", "which year is the £10.5bn for?") and the fact's own words say its span.
    Not a question asking an amount for each year ("how much is the £21m per year?", "what was
    the rise each year, not the 5 yr total"), nor one asking anything but the span."""
    if not fact.figure_values:
        return False
    lowered = _checks_a_span(text)
    return lowered is not None and _names_its_figure(lowered, fact) and _states_span(fact)


# Read once per question, not once per candidate fact.
@lru_cache(maxsize=16)
def _checks_a_span(text: str) -> str | None:
    """The question's text in lower case, when it names a number and asks only what time a
    figure covers; else None."""
    if not any(character.isdigit() for character in text):
        return None  # most questions
    lowered = text.lower()
    asks_year = _ASKS_WHICH_YEAR.search(lowered) is not None
    if not (asks_year or (_CHECKS.search(lowered) and _ASKS_SPAN.search(lowered))):
        return None
    if _ASKS_SOMETHING_ELSE.search(_ASKS_WHICH_YEAR.sub(" ", lowered)):
        return None
    return lowered


def answers_when(text: str, fact: FactProfile) -> bool:
    """'15 special schools opened?? when': asked when, of a figure the fact gives for a year it
    names ("this academic year", "2024/25"); not of one counted "so far" or "since May 2022",
    which says when the count ends or starts, not when what it counts happened."""
    if not fact.figure_values or not (fact.period_years or _a_years_span(fact)):
        return False  # most facts
    lowered = text.lower().rstrip(" ?!.")
    return _ASKS_WHEN.search(lowered) is not None and _names_its_figure(lowered, fact)


def answers_its_source(text: str, fact: FactProfile) -> bool:
    """'1500 new places - where does that number come from?': the written answer giving the
    figure, and its quote, are where it comes from."""
    if not fact.figure_values:
        return False
    lowered = text.lower()
    return _ASKS_SOURCE.search(lowered) is not None and _names_its_figure(lowered, fact)


def _names_its_figure(text: str, fact: FactProfile) -> bool:
    """A figure the question says is one of the fact's own (not a date: "in 2024" names a
    year asked)."""
    return any(
        same_figure((kind, value), stated)
        for stated in extract_figures(text)
        if stated.kind is not FigureKind.DATE
        for kind, value in fact.figure_values
    )


def _states_span(fact: FactProfile) -> bool:
    """The fact's own words say the time its figures cover: a period ("so far", "over five
    years", "this academic year", "since May 2022"), a year of a span ("2024/25"), or the
    years it runs from and to ("across the academic years 2024 and 2025")."""
    if fact.period or _a_years_span(fact) or _SAYS_SPAN.search(fact.text):
        return True
    return {role for role, _ in fact.dates} >= _SPAN_ROLES


def _a_years_span(fact: FactProfile) -> bool:
    """One of its own years is a financial or academic year: "2024/25" (read as "2024_25")."""
    return any("_" in year for year in fact.own_years)
