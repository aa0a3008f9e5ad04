"""Counts asked from the start, all the years together ("how many AP free schools have opened
over the years?", "special schools opened since the programme began - number?", "how many
have there been to date"): a fact counting one year alone ("In this academic year alone, the
department has opened 15 new special schools") gives a part of that count, never the whole; a
close fact of the same topic counting from a year on ("opened ... since 2010") or up to now
answers. Pure."""

from __future__ import annotations

import re

# The whole time asked: "over the years", "since it began", "since the start", "to date", "so
# far", "up to now", "ever", "of all time", "in all the years" (not "over the next years", a
# time to come, nor "over the last two years", a span of its own).
_FROM_THE_START_ASKED = re.compile(
    r"\b(?:over|across|through|in all) (?:all )?the years\b"
    r"|\bsince (?:it|they|the (?:\w+ ){0,2}?(?:programme|scheme|policy)) (?:began|begun|started|"
    r"launched|opened|was launched|was set up)\b"
    r"|\bsince (?:the )?(?:start|beginning|outset)\b"
    r"|\b(?:to date|so far|up to now|up till now|till now|until now|ever|all[- ]time|of all time)\b"
)
# A fact counting one year alone: "in this academic year alone", "this year", "in 2023/24".
_ONE_YEAR_SAID = re.compile(
    r"\b(?:this|last|the current) (?:academic |financial |school )?year\b"
    r"|\b(?:19|20)\d{2}[/-]\d{2,4}\b"
)
# A fact counting from the start: "since 2010", "to date", "so far", "in total".
_FROM_THE_START_SAID = re.compile(
    r"\bsince (?:19|20)\d{2}\b|\b(?:to date|so far|in total|altogether|cumulatively)\b"
)


def asks_a_count_from_the_start(text: str) -> bool:
    """The words ask a count of all the years up to now, not of one year: "special schools
    opened this year so far" and "has the dfe ever said how many opened this year" ask this
    year's count, whatever else they say."""
    lowered = text.lower()
    return bool(_FROM_THE_START_ASKED.search(lowered)) and not _ONE_YEAR_SAID.search(lowered)


def counts_one_year_only(quote: str) -> bool:
    """The quote counts one year's worth and says nothing of the years before it."""
    text = quote.lower()
    return bool(_ONE_YEAR_SAID.search(text)) and not _FROM_THE_START_SAID.search(text)


def counts_from_the_start(quote: str) -> bool:
    """The quote counts from a year on, or up to now: "opened ... since 2010"."""
    return bool(_FROM_THE_START_SAID.search(quote.lower()))
