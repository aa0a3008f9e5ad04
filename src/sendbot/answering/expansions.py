"""What the sources spell out: "Special Educational Needs and Disabilities (SEND)" in a quote
answers "what does SEND stand for?" with that quote. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence

from sendbot.answering.normalise import ACRONYM_JOINERS, POINTING_WORDS
from sendbot.knowledge.model import Fact

# "AP stands for?", "whats AP short for", "what do SEND and AP stand for": the letters asked
# about come right before the asking words, wherever the question word is.
_STANDS_FOR = re.compile(r"\b((?:\w+ and )?\w+) (?:stands? for|(?:is )?short for)\b")

# "Alternative Provision (AP)": words before an acronym in brackets.
# (A comma may follow a word: "Education, Health and Care (EHC)".)
_SPELT_OUT = re.compile(r"((?:[\w'\u2019-]+,?\s+){1,10})\(([A-Z]{2,6})\)")


def expansion(words_before: Sequence[str], acronym: str) -> str | None:
    """The words spelling `acronym` out, ending just before it: their capital initials are its
    letters in order, small joining words between them left out ("Partnerships for Inclusion
    of Neurodiversity in Schools" for PINS); None when they do not spell it."""
    letters = list(acronym)
    taken: list[str] = []
    for word in reversed(words_before):
        if not letters:
            break
        # Capitals or not: "dedicated schools grant (DSG)" spells DSG out as well.
        if word[:1].upper() == letters[-1]:
            letters.pop()
            taken.append(word)
        elif word.lower() in ACRONYM_JOINERS and taken:
            taken.append(word)
        else:
            return None
    if letters:
        return None
    return " ".join(reversed(taken))


def acronyms(quote: str) -> frozenset[str]:
    """The acronyms `quote` spells out, folded ("send", "ap")."""
    return frozenset(
        match.group(2).lower()
        for match in _SPELT_OUT.finditer(quote)
        if expansion(match.group(1).split(), match.group(2))
    )


def spelt_out(facts: Sequence[Fact]) -> dict[str, tuple[int, ...]]:
    """Each acronym the facts' quotes spell out (folded: "send") -> the positions of the facts
    that do, in order."""
    found: dict[str, list[int]] = {}
    for position, fact in enumerate(facts):
        for acronym in acronyms(fact.quote):
            found.setdefault(acronym, []).append(position)
    return {acronym: tuple(positions) for acronym, positions in found.items()}


# Pointing words that stand for more than one thing named before.
_PLURAL_POINTING = frozenset({"they", "them", "these", "those"})


def acronyms_asked(
    text: str, subject: str, written: Mapping[str, str], known: Container[str]
) -> tuple[str, ...]:
    """The `known` acronyms (folded) a "what does X stand for" question asks about: the
    subject read, else the words before "stand(s) for" or "short for"; a pronoun is the one
    known acronym the message writes in capitals, when it writes just one. Empty when none
    can be told."""
    found = _STANDS_FOR.search(text)
    for reading in (subject.lower(), found[1] if found else ""):
        named = [word for word in reading.split() if word != "and"]
        if named and all(word in POINTING_WORDS for word in named):
            # "everyone keeps saying SEND, what does it stand for?": the letters named before
            capitals = [
                word
                for word, as_written in written.items()
                if word in known and as_written.isupper() and as_written.isalpha()
            ]
            if len(capitals) == 1:
                return (capitals[0],)
            # "everyone keeps saying SEND and AP, what do they stand for?": each of them
            if capitals and _PLURAL_POINTING.issuperset(named):
                return tuple(capitals)
        elif named and all(word in known for word in named):
            return tuple(named)
    return ()


def spelling_out_all(asked: Sequence[str], spelt: Mapping[str, tuple[int, ...]]) -> int | None:
    """The first fact (by position) whose quote spells out every acronym asked; None if none."""
    if not asked:
        return None
    common = set(spelt.get(asked[0], ()))
    for acronym in asked[1:]:
        common &= set(spelt.get(acronym, ()))
    return min(common) if common else None
