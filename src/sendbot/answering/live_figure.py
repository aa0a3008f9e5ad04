"""A figure asked for as of this very moment ("i need the live figure, not last year's
number"): every written answer gives a figure of its own time, however new, so none answers
the asker who rules that out. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asked_once import searched_once
from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# Folded text: lower case, apostrophes gone ("last year's" is "last years").
_LIVE = re.compile(
    r"\b(?:live|real ?time|up to the minute|todays|this minutes) (?:figures?|numbers?|counts?|"
    r"totals?|data|stats)\b|"
    r"\bnot (?:last|the last|previous|the previous) (?:years?|terms?|months?) (?:figures?|"
    r"numbers?|counts?|totals?|data|stats)\b"
)
# Searched once for a question: its gate in `what_is_missing` asks first, then the check asks
# again of each candidate fact.
_live_asked = searched_once(_LIVE)


def asks_a_live_figure(question: Question) -> bool:
    return _live_asked(question.text) is not None


def live_figure_not_given(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's figure is of its own time, not of today; None when the
    question asks no live figure."""
    if not asks_a_live_figure(question):
        return None
    if fact.own_years:
        year = max(fact.own_years).replace("_", "/")
        return f"{SOURCE} gives the figure for {year}, not a live figure for today."
    return f"{SOURCE} gives a figure as of when it was written, not a live figure for today."
