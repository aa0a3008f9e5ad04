"""A span of years asked that a fact's figure is not for: a rise "over 10 years" of one over
five, a total "over all the years" of one year's sum. Pure."""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.question import Question

_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twenty": 20,
}
# "over 10 years", "over the last five years", "in the past decade"; a fact says "over five
# years", "over the next three years".
_SPAN = re.compile(
    r"\b(?:over|across|in|during) (?:the )?(?:last |past |previous |next |coming )?"
    r"(?:(\d+|" + "|".join(_NUMBERS) + r") years|(?:a |one )?(decade))\b"
)
# "over all the years", "across all years", "all years combined": every year of it together.
_ALL_YEARS = re.compile(r"\b(?:over|across|for|in) all (?:the |its |their )?years\b|\ball years\b")
# A figure the question claims ("40 percent over three years?"): checked, not asked for anew.
_CLAIMED_FIGURE = re.compile(r"\b\d[\d.]* percent\b|\bpounds \d")
_SPAN_WORDS = frozenset({"years", "decade"})


def _spans(text: str) -> set[int]:
    return {
        10 if found[2] else _NUMBERS.get(found[1]) or int(found[1])
        for found in _SPAN.finditer(text)
    }


def other_span(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's figure is over another span of years than the one
    asked, or for one year where all the years together are asked; None when it is not."""
    if _SPAN_WORDS.isdisjoint(question.words):
        return None  # most questions
    text = question.text
    if _CLAIMED_FIGURE.search(text):
        return None  # "was it 40 percent over three years": the fact sets the claim right
    if _ALL_YEARS.search(text):
        if len(fact.own_years) == 1 and not fact.period:
            return f"{SOURCE} gives {the_figure(fact)}, not a total over all the years."
        return None
    asked = _spans(text)
    given = _spans(fact.text) if asked else set()
    if not given or asked & given:
        return None  # "is it over 5 years or 10?" names the span the fact gives
    over = " or ".join(f"{years} years" for years in sorted(asked))
    return f"{SOURCE} gives {the_figure(fact)}, not over {over}."
