"""The words of a name a message's story uses that the facts use too ("the Change Programme"):
"change" alone is a word anyone says, but next to "programme" it is half of a name a fact
gives in capitals. Names only: "next year" is two words any question may say."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from sendbot.answering.normalise import Normaliser
from sendbot.knowledge.model import Fact

# Two or more capitalised words in a row, as a fact writes a name ("the Change Programme").
_NAME = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


def names_used(
    normaliser: Normaliser, story_terms: Sequence[str], facts: Iterable[Fact]
) -> frozenset[str]:
    """The story's terms that stand, next to each other and in that order, in a name a fact's
    title or statement gives: the words of a name both the facts and the asker use."""
    pairs = set(pairwise(story_terms))
    found: set[str] = set()
    for fact in facts:
        for name in _NAME.findall(f"{fact.title or ''}. {fact.statement}"):
            terms = normaliser.terms(name)
            for pair in pairs.intersection(pairwise(terms)):
                found.update(pair)
    return frozenset(found)
