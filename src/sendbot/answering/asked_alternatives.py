"""A yes/no question offering two choices that exclude each other: "does the 200k cover all
types of special school or just state ones?", "is the £18m per year or spread over three
years?", "is high needs part of the core schools budget or separate?". A fact saying whether
the first choice holds says which it is, so the question asks what its first choice asks
alone; the second choice's words ("state", "separate") are ones the answer need not say, and
read with the first they pull the match off the fact that settles it. Pure.

Not read so: "... or not" (asks the first choice alone already), "... or what", "... or
something else" (no choice at all), and a second choice stating a figure ("is it £10m or
£12m?": each figure is a claim to check, see `checked_claim`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sendbot.answering.checked_claim import claims
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import STOPWORDS, stem
from sendbot.knowledge.model import Fact

# Where a clause opens: the message's start, or after a sentence or clause break.
# (Not the point of a figure: "59.6bn".)
_CLAUSE_START = re.compile(r"(?:^|[?!;:\n]\s*|\.(?!\d)\s*|,\s+|\s[-\u2013\u2014]+\s+)(?=\S)")

# A clause asking yes or no: it opens with a verb asking it ("is it ...", "does the 200k ...",
# "has it been ...", "were they ..."), maybe after "so" or "and".
_YES_NO_OPENING = re.compile(
    r"(?:so |and |but |ok )?(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|"
    r"should|isn'?t|aren'?t|doesn'?t|didn'?t|hasn'?t|haven'?t)\b",
    re.IGNORECASE,
)

# The second choice: " or " and a few words running to the end of the clause.
_SECOND_CHOICE = re.compile(
    r"\s*,?\s+or\s+(?P<choice>[^?!.;:,\n]+?)\s*(?=[?!.;:\n]|,\s|\s[-\u2013\u2014]+\s|$)",
    re.IGNORECASE,
)
# At most this many words: a longer second choice asks something of its own.
_MOST_WORDS = 6

# What follows "or" that offers no other choice: "or not", "or what", "or something else".
_NO_CHOICE = frozenset(
    """not no nothing what whatever something anything else otherwise so smth sth""".split()
)


class Choices(NamedTuple):
    first_alone: str  # the message without its second choice
    second: str  # the second choice: "just state ones"
    first: str  # as many words before "or" as the second has (up to 3): "kind of special school"


def first_choice_alone(text: str) -> Choices | None:
    """`text` with the second of two choices its last yes/no clause offers left out ("does the
    200k cover all types of special school or just state ones? need it for a report" -> "does
    the 200k cover all types of special school? need it for a report"), and that choice; None
    when it offers no such choice."""
    found = next(reversed(list(_SECOND_CHOICE.finditer(text))), None)
    if found is None:
        return None
    choice = found["choice"]
    words = re.findall(r"[a-z0-9']+", choice.lower())
    if not words or len(words) > _MOST_WORDS or words[0] in _NO_CHOICE or claims(choice):
        return None
    if not _DISMISSING.isdisjoint(words):
        return None  # "is it delivering or is it all spin?": a verdict asked, no choice
    before = text[: found.start()]
    opening = before[_clause_start(before) :]
    if not _YES_NO_OPENING.match(opening) or " or " in f" {opening.lower()} ":
        return None
    parallel = re.findall(r"\S+", before)[-min(len(words), _MOST_PARALLEL) :]
    return Choices(f"{before}{text[found.end() :]}".strip(), choice, " ".join(parallel))


# A second choice calling the first empty words ("or is it all spin", "or just vague stuff",
# "or just talk"): the question asks a verdict on it, which no written answer gives.
_DISMISSING = frozenset(
    """spin spun spinning talk talking rhetoric waffle vague fluff gimmick gimmicks hype pr
    propaganda soundbite soundbites lip nonsense bluster""".split()
)


# How many words before "or" are read as the first choice's own, at most.
_MOST_PARALLEL = 3


def says_the_first_choice(fact: Fact, choices: Choices) -> bool:
    """The fact's statement or quote says a word of the first choice's own ("was it asked in
    the lords or the commons?": "lords"), so it settles the choice; a fact on the rest of the
    question alone (the question's wording, which names no house) does not. A first choice of
    no such word (a date, "per" alone) asks nothing a fact must say."""
    own = [term for term in _terms(choices.first) if not _NO_THING.match(term)]
    if not own:
        return True
    said = set(_terms(f"{fact.statement} {fact.quote}"))
    return not said.isdisjoint(own)


# Numbers, years and months: when, not which thing.
_NO_THING = re.compile(
    r"^(?:\d.*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|"
    r"dec\w*)$"
)


def names_another_thing(index: FactIndex, choices: Choices) -> bool:
    """'does any high needs money go to mainstream schools or is it all for special schools':
    the second choice names a thing of its own (a topic word of the base the first lacks), so
    the two choices ask of two things, and a fact on the first alone may say nothing of the
    other. Words saying how much or which way ("a few years", "higher now", "on top") name no
    thing."""
    first = set(_terms(choices.first_alone))
    second = _terms(choices.second)
    if not _OTHER_BODY.isdisjoint(second):
        return True  # "is PINS a dfe programme or an NHS one": a fact on the first names no other
    return any(
        index.idf.get(term, 0.0) >= _TOPIC_IDF and term not in first and term not in _DEGREE
        for term in second
    )


# Other public bodies a thing may belong to, which the sources may never name: that a fact
# says the department did it does not say it is not theirs too (joint programmes).
_OTHER_BODY = frozenset(
    stem(word) for word in "nhs dhsc health ofsted treasury dwp hmrc cabinet ons".split()
)


# A term this rare in the base names a topic ("special" 2.2, "pilot" 3.6; "school" 0.7 does not).
_TOPIC_IDF = 2.0
# Words of amount, degree, time or place relative to the first choice: no thing of their own.
_DEGREE = frozenset(
    stem(word)
    for word in """few many more less higher lower bigger smaller fewer greater same different
    separate top now still yet already""".split()
)


def _terms(text: str) -> list[str]:
    return [
        term
        for term in (stem(word) for word in re.findall(r"[a-z0-9]+", text.lower()))
        if term not in STOPWORDS
    ]


def _clause_start(text: str) -> int:
    """Where the last clause of `text` opens."""
    start = 0
    for found in _CLAUSE_START.finditer(text):
        start = found.end()
    return start
