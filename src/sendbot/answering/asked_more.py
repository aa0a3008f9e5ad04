"""Questions asking whether something has more of a thing ("does the new ITT framework have more
SEND content?", "is there more on adaptive teaching in it?"): a fact saying there is more of
that thing ("significantly more content related to adaptive teaching and SEND") answers, not a
sibling fact that only says the thing is there. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sendbot.answering.normalise import STOPWORDS, words

# "have more", "is there (actually) more", "does it include more": more of a thing asked of
# something; not "how much more" or "more than" (the size of a rise), which name no thing.
_MORE_ASKED = re.compile(
    r"\b(?:have|has|got|there|contain|contains|include|includes|cover|covers|put|add|added)"
    r" (?:\w+ )?more ((?:\w+ ?){1,3})"
)
# Words ending what "more" is of: "more SEND stuff in it", "more content than before".
_OF_IT_ENDS = frozenset(
    "than in into it its compared before now for at from to or and then yet".split()
)
# How many words after "more" a quote may name the thing in: "more content related to
# adaptive teaching and SEND".
SAID_REACH = 8


def more_asked_of(question_words: Sequence[str]) -> tuple[str, ...]:
    """The words of the thing a question asks whether there is more of ("send", "content"),
    or () when it asks no such thing."""
    if "more" not in question_words:
        return ()
    found = _MORE_ASKED.search(" ".join(question_words))
    if found is None:
        return ()
    thing: list[str] = []
    for word in found[1].split():
        if word in _OF_IT_ENDS:
            break
        if word not in STOPWORDS and word not in ("on", "about"):
            thing.append(word)
    return tuple(thing)


def says_more_of(quote: str, thing: frozenset[str], terms: Callable[[str], Sequence[str]]) -> bool:
    """The quote says there is more of the thing: one of its terms within SAID_REACH words after
    "more". `terms` folds words as the index does (stems, synonyms)."""
    said = words(quote)
    for at, word in enumerate(said):
        if word == "more" and not thing.isdisjoint(
            terms(" ".join(said[at + 1 : at + 1 + SAID_REACH]))
        ):
            return True
    return False
