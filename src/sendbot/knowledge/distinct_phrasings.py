"""Phrasings for the words of a drafted claim that its answer's other claims do not say.

A drafted fact's keyword phrasing holds only the first words of its clause, so a question about
the end of a long sentence ("were NHS therapists involved?") finds nothing to match. Giving every
word a phrasing draws questions to the wrong claim: a word the answer's other claims also say
("teaching assistants" in two sentences) then matches a short phrasing of each. So the extra
phrasings hold only this claim's own words, a few to each, in the order it says them, and leave
out the words its questions already ask (its figure questions keep their figure's words).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sendbot.knowledge.drafting import MAX_QUESTION, keywords
from sendbot.knowledge.sentences import Claim

# Words to a phrasing: a question about a sentence's end names two or three of them, and a
# phrasing much longer than what is asked shares too small a part of its words with it.
PHRASING_WORDS = 4
# Words a question uses to ask for the newest figure, not for what one claim says.
_RECENCY_WORDS = {"most", "recent", "recently", "latest", "current", "currently", "now"}


def claim_text(claim: Claim) -> str:
    """What a claim says itself: its clause, after any opening phrase, to its sentence's end
    (not the elaborating sentences its quote runs on through: those drew wrong answers)."""
    return claim.quote[claim.clause_start or claim.focus_start : claim.focus_end]


class AnswerWords:
    """The keywords each claim of one answer says, worked out once for the whole answer: every
    claim's phrasings compare it with all the others, and reading the others' words again for
    each claim took time growing with the square of the answer's claims."""

    def __init__(self, said: Sequence[str]) -> None:
        self._words = [keywords(text) for text in said]
        self._stems = [frozenset(_stem(word) for word in words) for words in self._words]
        # How many claims say each stem: another claim says it when more than this one do.
        self._claims_saying = Counter(stem for stems in self._stems for stem in stems)

    def phrasings(self, at: int, asked: Iterable[str]) -> tuple[str, ...]:
        """Phrasings of the words of claim `at` that no other claim says and no text of
        `asked` (the fact's questions, its figures' labels) holds."""
        mine = self._stems[at]
        asked_stems = {_stem(word) for text in asked for word in keywords(text)}
        own: list[str] = []
        for word in self._words[at]:
            stem = _stem(word)
            said_elsewhere = self._claims_saying[stem] > (stem in mine)
            if word in _RECENCY_WORDS or said_elsewhere or stem in asked_stems or word in own:
                continue
            own.append(word)
        chunks = (own[at : at + PHRASING_WORDS] for at in range(0, len(own), PHRASING_WORDS))
        return tuple(" ".join(chunk)[:MAX_QUESTION] for chunk in chunks)


def _stem(word: str) -> str:
    """A word as compared between claims: "teachers" and "teacher" are one word."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
