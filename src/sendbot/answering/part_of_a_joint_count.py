"""Places asked for one kind of school of a figure that two kinds create together: "how many
alternative provision places are there?" of "15 new special schools and one AP free school,
which creates over 1,500 new places". Pure.

The figure counts the places of both kinds at once; nothing says how many are the smaller
kind's (one AP school beside 15 special schools), so the reply is partial, naming what the
figure is for. The larger kind is asked of by its curated questions ("how many extra special
school places?"): nearly every place is its own, and the figure is given for it as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# The numbers counted in words, one list for both reading ("eight special schools") and valuing.
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBER = rf"(?:\d[\d,]*|{'|'.join(_NUMBER_WORDS)})"
_SMALL_NUMBERS = {word: value for value, word in enumerate(_NUMBER_WORDS, start=1)}
# "15 new special schools and one ap free school, which creates over 1,500 new places": two
# kinds of school counted, then the places they create between them.
_TWO_KINDS_CREATE_PLACES = re.compile(
    rf"\b(?P<n1>{_NUMBER}) (?:new )?(?P<k1>[a-z]+)(?: free)? schools? and (?P<n2>{_NUMBER}) "
    r"(?:new )?(?P<k2>[a-z]+)(?: free)? schools?\b,? (?:which |that |to |together )?"
    r"(?:create|creates|created|creating|provide|provides|provided|providing|add|adds|added)"
    r"\b(?: \w+){0,3}? places\b"
)
# The words asking for a number of places.
_PLACES = frozenset({"places", "place", "spaces", "seats"})


def asks_places_counted(question: Question) -> bool:
    """A number of places is asked: "how many AP places", "number of new places"."""
    return question.intent is Intent.COUNT and not _PLACES.isdisjoint(question.words)


def places_of_one_kind(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's places are of two kinds of school together, not of the
    smaller kind the question names alone; None when the fact counts no such pair, or the
    question names both kinds, neither, or the larger one, or asks no number of places."""
    if not asks_places_counted(question):
        return None  # the gate in front of it is no narrower than this first test
    found = _TWO_KINDS_CREATE_PLACES.search(fact.text)
    if found is None:
        return None
    kinds = [(found["k1"], _count(found["n1"])), (found["k2"], _count(found["n2"]))]
    named = [kind for kind, _ in kinds if _names(kind, question.words)]
    if len(named) != 1:
        return None
    asked = named[0]
    asked_count = dict(kinds)[asked]
    other_count = next(count for kind, count in kinds if kind != asked)
    if asked_count is None or other_count is None or asked_count >= other_count:
        return None  # the larger kind (or one of two alike): the figure is nearly all its own
    as_written = " ".join(question.written.get(word, word) for word in _said(asked, question.words))
    first, second = _shown(found["k1"]), _shown(found["k2"])
    return (
        f"{SOURCE} gives the places created by the {first} and {second} schools together, "
        f"not a separate figure for {as_written} places."
    )


def _shown(kind: str) -> str:
    """A kind as a sentence writes it: an acronym in capitals ("AP"), a word as it is."""
    return kind.upper() if len(kind) <= 3 else kind


def _count(number: str) -> int | None:
    if number in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[number]
    digits = number.replace(",", "")
    return int(digits) if digits.isdigit() else None


def _names(kind: str, words: Sequence[str]) -> bool:
    return bool(_said(kind, words))


def _said(kind: str, words: Sequence[str]) -> tuple[str, ...]:
    """The question's words naming `kind`: the word itself ("ap", "special"), or for a short
    acronym the words spelling it out ("alternative provision"), none of them a word for
    places ("additional places" is no AP)."""
    if kind in words:
        return (kind,)
    if not 2 <= len(kind) <= 4:
        return ()
    width = len(kind)
    for start in range(len(words) - width + 1):
        run = words[start : start + width]
        if (
            all(len(word) >= 5 for word in run)
            and _PLACES.isdisjoint(run)
            and "".join(word[0] for word in run) == kind
        ):
            return tuple(run)
    return ()
