"""Typo correction: the quick search (words of a reachable length, a Levenshtein first pass)
must pick exactly the word, and the first of equally close words, that comparing a misspelling
with every word of the vocabulary picks."""

import random

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from sendbot.answering.fact_index import LONG_WORD, MIN_TYPO_LENGTH, FactIndex

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspelt(word: str, rng: random.Random) -> str:
    """`word` with up to four random edits: letters added, dropped, changed or swapped."""
    letters = list(word)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(letters))
        edit = rng.randrange(5)
        if edit == 0:
            letters.insert(at, rng.choice(LETTERS))
        elif edit == 1 and len(letters) > 1:
            del letters[at]
        elif edit == 2:
            letters[at] = rng.choice(LETTERS)
        elif edit == 3 and at + 2 < len(letters):  # a swap across a letter: two edits or more
            letters[at], letters[at + 2] = letters[at + 2], letters[at]
        elif at + 1 < len(letters):
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


def closest_of_all(index: FactIndex, term: str) -> str | None:
    """The plain way: every word of the vocabulary compared with the misspelling."""
    found = process.extractOne(
        term,
        index.vocabulary,
        scorer=DamerauLevenshtein.distance,
        processor=None,
        score_cutoff=1 if len(term) < LONG_WORD else 2,
    )
    return found[0] if found else None


def test_correction_is_what_comparing_every_word_gives(shipped_index: FactIndex) -> None:
    rng = random.Random(3)
    words = [word for word in shipped_index.vocabulary if len(word) >= 4]
    checked = corrected = 0
    for _ in range(3_000):
        term = misspelt(rng.choice(words), rng)
        if term in shipped_index.idf or term in shipped_index.normaliser.phrase_words:
            continue
        if len(term) < MIN_TYPO_LENGTH or not term.isalpha():
            continue
        expected = closest_of_all(shipped_index, term)
        assert shipped_index.correct(term) == expected, term
        checked += 1
        corrected += expected is not None
    assert checked > 1_000 and corrected > 300  # both outcomes, many times over
