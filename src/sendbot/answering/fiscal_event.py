"""A fiscal event the question names ("what was in the autumn statement 2023 for supported
internships?") against the one a fact names ("In the Spring Budget 2023, the department
announced ..."): what was announced at one event does not say what another held. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# A named fiscal event, with its year when one follows: "the autumn statement 2023", "spring
# budget", "the spending review 2025". (Folded text: lower case, no punctuation.)
_EVENT = re.compile(
    r"\b(?P<kind>(?:spring|autumn) (?:budget|statement)|spending review)(?: (?P<year>20\d\d))?\b"
)
# A yes-or-no check ("was the pilot announced in the autumn statement?") is answered by the
# fact that names the other event: it says no.
_CHECKS = re.compile(r"^(?:(?:so|but|and|ok) )?(?:was|were|is|are|did|does|do|has|have)\b")
# So is one asking which event it was, the asker's guess told beside it ("which budget confirmed
# the 15 schools? my head says autumn statement"): the fact naming the event answers.
_WHICH_EVENT = re.compile(
    r"\bwhich (?:budget|statement|fiscal event|event|announcement|one)\b|"
    r"\b(?:says?|said|think|thought|heard|reckons?|told|guess) (?:\w+ ){0,3}?"
    r"(?:the )?(?:spring|autumn|spending)\b"
)


# Every event `_EVENT` finds ends in one of these words: a question with none names no event.
_EVENT_WORDS = ("budget", "statement", "review")


def asks_of_a_fiscal_event(question: Question) -> bool:
    """The question names a fiscal event: "what was in the autumn statement 2023?"."""
    return any(word in question.words for word in _EVENT_WORDS) and bool(
        _EVENT.search(question.text)
    )


def may_name_an_event(text: str) -> bool:
    """A cheap first look, before the question is read (`asks_of_a_fiscal_event`'s words, as
    parts of the raw text): most name no fiscal event."""
    lowered = text.lower()
    return any(word in lowered for word in _EVENT_WORDS)


def _events(text: str) -> list[tuple[str, str | None]]:
    """The events named, in the order named."""
    return [(found["kind"], found["year"]) for found in _EVENT.finditer(text)]


def _same(asked: tuple[str, str | None], named: tuple[str, str | None]) -> bool:
    """The same event: the same kind, and the same year when both give one."""
    return (asked[0] == named[0] and None in (asked[1], named[1])) or asked == named


def other_event_named(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact speaks of another fiscal event than the one asked about;
    None when the question names none, checks a claim, or the fact names the one asked (or
    none at all: it may be of the event asked)."""
    if _CHECKS.match(question.text) or _WHICH_EVENT.search(question.text):
        return None
    other = _other_event(question.text, fact.text)
    return f"{SOURCE} {other}." if other else None


def other_event_checked(question: Question, fact_text: str) -> str | None:
    """'No: the written answer speaks of the Spring Budget 2023, not the Autumn Statement
    2023.': the line before the answer to a yes-or-no check of an event the fact does not
    name ("was the pilot in the autumn statement 2023?"), in place of a "Yes" to the year both
    give; None when the question checks no event, or the fact names the one asked or none."""
    if not _CHECKS.match(question.text) or _WHICH_EVENT.search(question.text):
        return None
    other = _other_event(question.text, fact_text)
    return f"No: {SOURCE.lower()} {other}." if other else None


def _other_event(asked_text: str, fact_text: str) -> str | None:
    """'speaks of the Spring Budget 2023, not the Autumn Statement 2023': the fact names
    fiscal events and none is the one asked about; None when either names none or one is."""
    asked = _events(asked_text)
    named = _events(fact_text)
    if not asked or not named or any(_same(one, other) for one in asked for other in named):
        return None
    return f"speaks of the {_said(named)}, not the {_said(asked)}"


def _said(events: list[tuple[str, str | None]]) -> str:
    """The first event named, as titled: one with its year when any is named so."""
    kind, year = next((event for event in events if event[1]), events[0])
    return f"{kind.title()} {year}" if year else kind.title()
