"""Whether a fact says what a set of letters stands for: "what does REACh stand for?" is not
answered by a fact that only names REACh, though it is about REACh. A fact spells letters out
when its words, small joining words aside, begin with them in turn: "special educational needs
and disabilities" spells SEND, "Partnerships for Inclusion of Neurodiversity in Schools" PINS.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sendbot.answering.normalise import ACRONYM_JOINERS, POINTING_WORDS
from sendbot.answering.question import Question

# "what does X stand for", "X short for?", "the acronym X": what the letters are.
_ASKS_LETTERS = re.compile(r"\b(?:stands? for|short for|acronym|abbreviation)\b")
_NOT_THE_LETTERS = frozenset("acronym abbreviation short stand stands for the a an".split())
MAX_LETTERS = 8


def asked_letters(question: Question) -> str | None:
    """The letters a question asks the meaning of, folded: "reach" of "what does REACh stand
    for"; None when it asks something else. "Something called PINS - what does it stand for?"
    asks of the one word the message writes in capitals ("pins"); "it" is no letters."""
    if not _ASKS_LETTERS.search(question.text):
        return None
    said = [word for word in question.subject.lower().split() if word not in _NOT_THE_LETTERS]
    if said and said[0] in POINTING_WORDS:
        return _written_in_capitals(question.written)
    if not said or not said[0].isalpha() or not 2 <= len(said[0]) <= MAX_LETTERS:
        return None
    return said[0]


def _written_in_capitals(written: Mapping[str, str]) -> str | None:
    """The one word (folded) the message writes in capitals, of two to MAX_LETTERS letters;
    None when it writes none, or several (which of them "it" is, is not said)."""
    capitals = [
        word
        for word, as_written in written.items()
        if as_written.isupper() and as_written.isalpha() and 2 <= len(word) <= MAX_LETTERS
    ]
    return capitals[0] if len(capitals) == 1 else None


def spells_out(letters: str, text: str) -> bool:
    """`text` (folded words) holds words whose first letters, joining words aside, are
    `letters` in turn (as `expansions.expansion` reads a quote's acronym backwards from
    its brackets)."""
    words = text.split()
    for start, word in enumerate(words):
        if word[0] != letters[0]:
            continue
        at = 1
        for following in words[start + 1 :]:
            if at == len(letters):
                break
            if following[0] == letters[at]:
                at += 1
            elif following not in ACRONYM_JOINERS:
                break
        if at == len(letters):
            return True
    return False
