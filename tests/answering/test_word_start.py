"""Patterns tried from word starts only find what they found when tried everywhere."""

from __future__ import annotations

import re

import pytest

import sendbot.answering.answer  # noqa: F401  (compiles every answering pattern)
from sendbot.answering.intent import _first_letters, _sre_parse
from sendbot.answering.word_start import (
    OPENING_LETTERS,
    WORD_START_PATTERNS,
    at_word_starts,
    opens_words,
)


def test_the_answering_patterns_tried_from_word_starts_can_only_match_there() -> None:
    # A branch added to one of them that may match inside a word ("\w+ing", "£5") would be
    # missed there: it must go in another pattern, or this one be compiled as it is.
    assert len(WORD_START_PATTERNS) >= 5
    unsafe = [pattern for pattern, flags in WORD_START_PATTERNS if not opens_words(pattern, flags)]
    assert unsafe == []


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bfoo|\bbar",
        r"^(?:the )?(?:results|findings) of\b",
        r"(?:^is|\bwas) it",
        r"\b(?<!waiting )list\b",
        r"\b(?:[a-c]|d)x",
    ],
)
def test_a_pattern_opening_words_in_every_branch_is_known_to(pattern: str) -> None:
    assert opens_words(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"foo|\bbar",  # "foo" may match in "seafood"
        r"\b\w+ing",  # not known which characters \w opens with
        r"\b£5",  # "£" opens no word
        r"(?:the )?\bx",  # "the" may end a word ("bathe x")
        r"\b(?:x)?",  # may match nothing
        r"\Bfoo",
    ],
)
def test_a_pattern_that_may_match_inside_a_word_is_not(pattern: str) -> None:
    assert not opens_words(pattern)


def test_tried_from_word_starts_it_finds_the_same_matches() -> None:
    pattern = r"\bwhat (?:did|has) (?:\w+ ){0,3}?found\b|^how (?:did|has) \w+ go$|\bended up\b"
    plain, fast = re.compile(pattern), at_word_starts(pattern)
    texts = [
        "what did they say they found",
        "so what has it found",
        "somewhat did found",
        "how did pins go",
        "and how did pins go",
        "we ended up waiting",
        "suspended up",
    ]
    assert [m.span() if (m := fast.search(t)) else None for t in texts] == [
        m.span() if (m := plain.search(t)) else None for t in texts
    ]
    assert [bool(fast.search(t)) for t in texts] == [True, True, False, True, False, True, False]


def test_the_letters_given_are_every_letter_a_match_may_start_with() -> None:
    # A branch added that starts with another letter would be missed at words starting so.
    assert len(OPENING_LETTERS) >= 3
    for pattern, flags, letters in OPENING_LETTERS:
        first = _first_letters(_sre_parse.parse(pattern, flags))
        assert first is not None, pattern
        assert first <= frozenset(letters), pattern


def test_tried_from_words_starting_with_its_letters_it_finds_the_same_matches() -> None:
    pattern = r"\bby name\b|(?<!not )(?<!no )\bnames?\W*$|\blatest\b"
    plain = re.compile(pattern, re.IGNORECASE)
    fast = at_word_starts(pattern, re.IGNORECASE, letters="bnl")
    texts = ["list them by name", "the names?", "not names", "LATEST news", "By Name", "nobyname"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.search("the Latest") is not None
