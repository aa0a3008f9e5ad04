"""Amounts said in words, as people type them in chat: "ten and a half billion" is "10.5
billion", "ten point one billion" "10.1 billion", "four hundred" "400", as every later step
(the figures a question states, the claims it checks) reads them. Pure.
"""

from __future__ import annotations

import re

from sendbot.knowledge.figures import NUMBER_WORDS

_UNITS = {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 9}
_BELOW_TWENTY = {word: n for word, n in NUMBER_WORDS.items() if 1 <= n <= 19}
_TENS = {word: n for word, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60)}
_DIGITS = {word: n for word, n in NUMBER_WORDS.items() if 0 <= n <= 9} | {"nought": 0, "oh": 0}


def _alternatives(names: dict[str, int]) -> str:
    # Longest first: "fourteen" before "four".
    return "|".join(sorted(names, key=len, reverse=True))


# A number below a hundred in words: "twelve", "sixty", "forty-five", "twenty one".
_BELOW_HUNDRED = (
    rf"(?:(?:{_alternatives(_TENS)})(?:[\s-]+(?:{_alternatives(_UNITS)}))?|"
    rf"{_alternatives(_BELOW_TWENTY)})"
)
# "ten and a half billion", "ten point one billion", "twelve million", "sixty thousand" (not
# "two thousand and twenty", a year, nor "thousands", no number). A whole in figures counts
# only before its half ("10 and a half billion"): "10 billion" is read as it is.
_SCALED = re.compile(
    rf"(?:\b(?P<whole>{_BELOW_HUNDRED})|(?<![\d.,])(?P<figures>\d+)(?=\s+and\s+a\s+half\b))"
    rf"(?:(?P<half>\s+and\s+a\s+half)|\s+point\s+(?P<decimals>(?:(?:{_alternatives(_DIGITS)})"
    rf"\b\s*)+?))?"
    r"\s*(?P<scale>billion|bn|million|mn|thousand)\b(?!\s+and\b)",
    re.IGNORECASE,
)
# "four hundred", "three hundred and fifty": a count, not "hundreds of".
_HUNDREDS = re.compile(
    rf"\b(?P<hundreds>{_alternatives(_UNITS)})\s+hundred\b(?!s)"
    rf"(?:\s+(?:and\s+)?(?P<rest>{_BELOW_HUNDRED})\b)?",
    re.IGNORECASE,
)


def below_hundred(said: str) -> int:
    """A number below a hundred said in words ("thirteen", "forty-five", "twenty one") as its
    value."""
    parts = re.split(r"[\s-]+", said.lower())
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)
    return _BELOW_TWENTY[parts[0]]


def _scaled(found: re.Match[str]) -> str:
    whole = found["figures"] or str(below_hundred(found["whole"]))
    if found["half"]:
        whole += ".5"
    elif found["decimals"]:
        whole += "." + "".join(str(_DIGITS[word.lower()]) for word in found["decimals"].split())
    return f"{whole} {found['scale']}"


def _hundreds(found: re.Match[str]) -> str:
    rest = below_hundred(found["rest"]) if found["rest"] else 0
    return str(_UNITS[found["hundreds"].lower()] * 100 + rest)


# "nearly a billion", "about a million", "about half a billion": one of the scale, said with
# "a" after a rough bound (not
# "ten and a half billion", read above, nor "a million times" or "a billion-pound deal", no
# amount claimed: a word or hyphen runs on from the scale).
_ONE_OF_SCALE = re.compile(
    r"(?<!\band )\b(?P<half>half )?an? (?P<scale>billion|bn|million|mn)\b(?![-\u2010]|\s+times\b)",
    re.IGNORECASE,
)


def _one_of_scale(found: re.Match[str]) -> str:
    amount = f"{'0.5' if found['half'] else '1'} {found['scale']}"
    # Only after a rough bound ("nearly a billion", "about a million"): a bare "a billion" is
    # a round word ("someone said a billion") that, read as a figure, draws the match to the facts
    # saying £1 billion, and £970 million is no mistake to set right of it.
    before = found.string[: found.start()]
    if _BOUND_BEFORE.search(before):
        return amount
    # "in which year did it go up by over a billion?": the year is asked of the rise the floor
    # names, so the floor is the figure that finds it.
    asks_when = _WHEN_ASKED.match(found.string) is not None
    return amount if asks_when and _FLOOR_BEFORE.search(before) else found[0]


# A question asking when ("when did ...", "in which year did ...", "what year was ...").
_WHEN_ASKED = re.compile(r"\s*(?:when\b|(?:in )?(?:which|what) (?:year|month)\b)", re.IGNORECASE)
# A bound from below: "over a billion", "more than a billion".
_FLOOR_BEFORE = re.compile(r"\b(?:over|more than|above|upwards of)\s*$", re.IGNORECASE)


# Words saying a figure is rough or a bound from above: "nearly", "about", "under".
# (Not "over a billion", "more than a billion": read as a figure, the floor draws the match to
# the facts saying "over £1 billion", whichever answer the message names.)
_BOUND_BEFORE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approx\w*|circa|close to|under|less than|"
    r"just under|not quite)\s*$",
    re.IGNORECASE,
)


# "a dozen councils", "half a dozen schools": a count (not "dozens of", no number).
_DOZEN = re.compile(r"\b(?P<half>half )?an? dozen\b(?!s)", re.IGNORECASE)


def with_amounts_in_figures(text: str) -> str:
    """`text` with amounts said in words written in figures ("is it still about ten and a half
    billion?" -> "is it still about 10.5 billion?", "nearly a billion" -> "nearly 1 billion",
    "only a dozen councils" -> "only 12 councils"); unchanged when it has none (nearly every
    question)."""
    lowered = text.lower()
    # Plain substring checks pass over nearly every question before any pattern is tried.
    if any(scale in lowered for scale in _SCALE_WORDS):
        text = _ONE_OF_SCALE.sub(_one_of_scale, _SCALED.sub(_scaled, text))
    if "dozen" in lowered:
        text = _DOZEN.sub(lambda found: "6" if found["half"] else "12", text)
    return _HUNDREDS.sub(_hundreds, text) if "hundred" in lowered else text


_SCALE_WORDS = ("billion", "bn", "million", "mn", "thousand")
