"""Questions naming one kind of a thing that the fact names only its opposite of ("how many PINS
secondary schools", of "up to 1680 primary schools"; "how much goes to mainstream schools", of
special schools'): the other kind's figure is not the one asked, so the reply says which kind
the written answer speaks of. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# Kinds that exclude each other, each with the words that name it. ("Special" alone is in
# "special educational needs": only "special school(s)" names the kind of school.)
_KINDS: dict[str, re.Pattern[str]] = {
    "primary": re.compile(r"\bprimar(?:y|ies)\b"),
    "secondary": re.compile(r"\bsecondar(?:y|ies)\b"),
    "mainstream": re.compile(r"\bmainstream\b"),
    "special": re.compile(r"\bspecial (?:free )?schools?\b"),
}
_OPPOSITES = (
    ("primary", "secondary"),
    ("secondary", "primary"),
    ("mainstream", "special"),
    (
        "special",
        "mainstream",
    ),
)
_YES_NO = re.compile(r"(?:is|are|does|do|did|was|were|can|could|will|would|has|have)\b")
_NOUN_AFTER = re.compile(r"\b(?:primar(?:y|ies)|secondar(?:y|ies)|mainstream|special) (\w+)")
_NOUNS = frozenset("schools school pupils children kids places academies settings".split())


def other_kind_named(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact speaks of the other kind; None when the question names no
    such kind, names both, or the fact names the one asked."""
    if question.checking or _YES_NO.match(question.text):
        return None  # "is PINS for secondary schools too?": "primary schools" says no
    text = asking_text(question.text)  # not the asker's story ("one in mainstream ...")
    for asked, other in _OPPOSITES:
        if not _KINDS[asked].search(text) or _KINDS[other].search(text):
            continue
        if _KINDS[asked].search(fact.text) or not _KINDS[other].search(fact.text):
            continue
        noun = _NOUN_AFTER.search(text)
        things = noun[1] if noun is not None and noun[1] in _NOUNS else "ones"
        if things == "school":
            things = "schools"
        return f"{SOURCE} speaks of {other} {things}, not {asked} {things}."
    return None
