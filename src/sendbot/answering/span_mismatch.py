"""A span of years asked that a fact's figure is not for: a rise "over 10 years" of one over
five, a total "over all the years" of one year's sum. Pure."""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.question import Question
from sendbot.knowledge.figures import NUMBER_WORDS, SCALES

# The number words a span of years is said in ("over five years", "the last ten years").
_NUMBERS = {
    word: NUMBER_WORDS[word]
    for word in "two three four five six seven eight nine ten twenty".split()
}
# "over 10 years", "over the last five years", "in the past decade"; a fact says "over five
# years", "over the next three years".
_SPAN = re.compile(
    r"\b(?:over|across|in|during) (?:the )?(?:last |past |previous |next |coming )?"
    r"(?:(\d+|" + "|".join(_NUMBERS) + r") (?:years|yrs)|(?:a |one )?(decade))\b"
)
# "over all the years", "across all years", "all years combined": every year of it together.
# "over its whole life", "the lifetime cost": every year it runs, together.
_ALL_YEARS = re.compile(
    r"\b(?:over|across|for|in) all (?:the |its |their )?years\b|\ball years\b"
    r"|\b(?:over|across|for|during) (?:the |its |their )?(?:whole |entire |full )?"
    r"(?:life|lifetime|lifespan|duration)\b|\blifetime\b"
)
# A figure the question claims ("40 percent over three years?"): checked, not asked for anew.
_CLAIMED_FIGURE = re.compile(r"\b\d[\d.]* percent\b|\bpounds \d")
_SPAN_WORDS = frozenset({"years", "yrs", "decade", "life", "lifetime", "lifespan", "duration"})


def _without_claimed_span(text: str, after: int) -> str:
    """`text` without the first span said after a claimed figure ending at `after`."""
    found = _SPAN.search(text, after)
    return text if found is None else f"{text[: found.start()]} {text[found.end() :]}"


def _spans(text: str) -> set[int]:
    return {
        10 if found[2] else _NUMBERS.get(found[1]) or int(found[1])
        for found in _SPAN.finditer(text)
    }


def names_a_span(question: Question) -> bool:
    """Whether the question names a span of years ("over five years", "its lifetime"): what
    other_span weighs, of any fact."""
    return not _SPAN_WORDS.isdisjoint(question.words)


def other_span(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's figure is over another span of years than the one
    asked, or for one year where all the years together are asked; None when it is not."""
    if not names_a_span(question):
        return None  # most questions
    text = question.text
    claimed = _CLAIMED_FIGURE.search(text)
    if claimed:
        # "was it 40 percent over three years": the fact sets the claim right. Another span
        # asked beside the claim's is asked anew: "60% over five years, what about ten?"
        text = _without_claimed_span(text, claimed.end())
        if not _spans(text):
            return None
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


# "(not the 3m pilot one)", "the whole DSG, not just the high needs block": the figure the
# asker sets aside, at the end of the question.
_SET_ASIDE = re.compile(
    r"\bnot (?:just |only )?(?:the |their |its )?((?:\w+ ){0,4}?\w+?)(?: ones?| figure| amount)?$"
)
_NOT_WORDS = frozenset(SCALES) | {"pounds", "percent"}


def sets_a_figure_aside(question: Question) -> bool:
    """Whether the question ends by setting a figure aside ("not the 3m pilot one"): what
    set_aside weighs, of any fact."""
    return "not" in question.words and _SET_ASIDE.search(question.text) is not None


def set_aside(question: Question, fact: FactProfile) -> str | None:
    """The fact's figure is the one the question sets aside ("how much was the grant to all LAs
    (not the 3m pilot one)", of the pilot's £3 million): every word naming what is set aside is
    in the figure's label. None when it is not, or nothing is set aside."""
    if "not" not in question.words or not fact.main_label:
        return None  # most questions
    found = _SET_ASIDE.search(question.text)
    if found is None:
        return None
    named = {
        word
        for word in found[1].split()
        if word not in _NOT_WORDS and not word[0].isdigit() and len(word) > 2
    }
    label = set(fact.main_label.lower().split())
    if not named or not named <= label:
        return None
    return f"{SOURCE} gives only {the_figure(fact)}, the figure the question sets aside."
