"""Clauses asking again what the rest of the message asks, which drew the match away from the
topic the message names. Read without them. Pure.

- "Latest on PINS? where is it at now", "pins programme - where are they at with it right
  now", "newest info on the change programme, where has it got to?": a topic named, then a
  clause asking how "it" stands. Read on its own, that clause names no topic ("it"); it asks
  what "the latest on X" asks, so it goes, and the newest is asked for when the topic's part
  did not ask already.
- "any findings yet or still waiting?": waiting is the other reply to "any findings yet?",
  not something more asked of it.
- "I need the newest high needs figure, what should I use?": which figure to use is the
  figure the message names, not advice asked.
"""

from __future__ import annotations

import re

from sendbot.answering.latest import asks_for_newest

# A clause asking how a thing pointed back to stands, after a break: "? where is it at now",
# " - where has it got to", ", what stage is it at", "; where are they up to with it".
# (Not "where are they going", a place; not "where is it" alone, nor "how is it going": what
# has come of it, which the results checks weigh.)
_STATUS_OF_IT = re.compile(
    r"(?:(?<=[?!.])\s*|\s*[,;:]\s+|\s+[-\u2013]+\s+)"
    r"(?:so\s+|and\s+|but\s+)?"
    r"(?:where(?:'s|s| is| are| has| have)|what stage(?:'s| is| are)|"
    r"how far(?:'s| is| are| has| have))"
    r"\s+(?:it|they|things|that|this)"
    r"\s+(?:at|got to|gotten to|got|up to|reached)"
    r"(?:\s+(?:with|on) (?:it|them|that|this))?"
    r"(?:\s+(?:now|right now|at the moment|atm|currently|so far|these days|today))?"
    r"\s*(?P<end>[?!.]*)",
    re.IGNORECASE,
)
# "... yet or still waiting", "... yet, or are we still waiting for them?"
_OR_STILL_WAITING = re.compile(
    r"(?<=\byet)\s*,?\s+or\s+(?:(?:are|r) (?:we|they|you) |we'?re |is it |it'?s )?"
    r"still waiting(?: (?:to hear|for (?:it|them|news|results|findings)))?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w")
# "I need the most up to date high needs figure, what should I use?": asked which to use
# after saying what is needed, the clause asks for the figure the rest names, not for advice
# (read alone, "what should I use" asks an opinion). Only ending the message, after a break.
_WHICH_TO_USE = re.compile(
    r"(?:(?<=[?!.])\s*|\s*[,;:]\s+|\s+[-\u2013]+\s+)"
    r"(?:so\s+)?(?:what|which)(?: (?:figure|number|one|total|amount|stat|statistic))?"
    r"(?: should| do| can| would)? (?:i|we) (?:use|quote|cite|go with|put)"
    r"(?: then| for (?:it|that|this))?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# What names the figure the asker needs: a figure word, or words asking for the newest.
_FIGURE_NAMED = re.compile(r"\b(?:figures?|numbers?|totals?|amounts?|stats?)\b", re.IGNORECASE)


def without_asked_again(text: str) -> str:
    """ "latest on PINS? where is it at now" -> "latest on PINS?", "pins programme - where are
    they at with it right now" -> "the latest on pins programme", "any findings yet or still
    waiting?" -> "any findings yet?"; as it is when it asks nothing twice."""
    return _without_which_to_use(_without_status_of_it(_OR_STILL_WAITING.sub("", text)))


def _without_which_to_use(text: str) -> str:
    """ "I need the latest high needs total, which figure should I quote?" -> "I need the
    latest high needs total?": the figure named is what is asked."""
    found = _WHICH_TO_USE.search(text)
    if found is None:
        return text
    before = text[: found.start()].rstrip(" ,;:-\u2013")
    if not (_FIGURE_NAMED.search(before) or asks_for_newest(before)):
        return text  # "..., which should we go with?": nothing named to be given
    return before if before.endswith(("?", "!", ".")) else f"{before}?"


def _without_status_of_it(text: str) -> str:
    found = _STATUS_OF_IT.search(text)
    if found is None or not _WORD.search(text[: found.start()]):
        return text  # nearly every question; "where is it at now?" alone points back
    before = text[: found.start()].rstrip(" ,;:-\u2013")
    after = text[found.end() :].strip(" ,;:-\u2013")
    if not asks_for_newest(before):
        before = f"the latest on {before}"
    if not after:
        return before
    # The clause's own end stays: "X - where is it at now? our school ..." is still a
    # question, then a story, read apart.
    ended = before if before.endswith(("?", "!", ".")) else before + found["end"]
    return f"{ended} {after}"
