"""Questions naming one kind of a thing that the fact names only its opposite of ("how many PINS
secondary schools", of "up to 1680 primary schools"; "how much goes to mainstream schools", of
special schools'): the other kind's figure is not the one asked, so the reply says which kind
the written answer speaks of. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.normalise import STOPWORDS
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
# A count or sum asked of a kind, at the start of the question: "how many PINS secondary
# schools", "how many secondary schools are in PINS" (the kind within its first words).
_COUNT_OF_A_KIND = re.compile(
    r"^(?:how many|how much|what number of)(?: \w+){0,4}? (?:primar(?:y|ies)|secondar(?:y|ies)|"
    r"mainstream|special schools?)\b(?: \w+){0,6}"
)
# ... or the kind put first and the count asked after it: "secondary schools in PINS - how
# many?", "mainstream schools getting the money, how much" (a kind within the first words).
_KIND_THEN_COUNT = re.compile(
    r"^(?:\w+ ){0,3}?(?:primar(?:y|ies)|secondar(?:y|ies)|mainstream|special schools?)\b"
    r"(?: \w+){0,6}? (?:how many|how much|what number|number|count|total)$"
)


def _figure_of_a_kind(text: str) -> re.Match[str] | None:
    return _COUNT_OF_A_KIND.match(text) or _KIND_THEN_COUNT.match(text)


# Words that name no topic of a fact: the kinds themselves and the things they are of.
_NO_TOPIC = frozenset(
    """how many much what number of primary primaries secondary secondaries mainstream special
    school schools pupils children kids places are is in on for there""".split()
)


def _shares_a_topic_word(question: Question, fact: FactProfile) -> bool:
    fact_words = set(fact.text.split())
    return any(
        word in fact_words
        for word in question.words
        if word not in _NO_TOPIC and word not in STOPWORDS
    )


_NOUN_AFTER = re.compile(r"\b(?:primar(?:y|ies)|secondar(?:y|ies)|mainstream|special) (\w+)")
_NOUNS = frozenset("schools school pupils children kids places academies settings".split())


def asks_a_figure_of_one_kind(question: Question) -> bool:
    """Whether a count or sum is asked of one kind ("how many secondary schools"): what
    other_kind_named weighs, of any fact."""
    return _figure_of_a_kind(question.text) is not None


def other_kind_named(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact speaks of the other kind; None when the question names no
    such kind, names both, or the fact names the one asked."""
    found = _figure_of_a_kind(question.text)
    if found is None:
        # (not "is PINS for secondary schools too?", which "primary schools" answers, nor a
        # kind in the asker's story: "senco here in a mainstream primary, how many ...")
        return None
    text = found[0]
    if not _shares_a_topic_word(question, fact):
        return None  # "how do i appeal a secondary school place": another topic altogether
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
