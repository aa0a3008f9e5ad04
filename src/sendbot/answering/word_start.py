"""Patterns searched from word starts only: a pattern of many branches, each opened by `\\b`
(or `^`) and a word character, is tried branch by branch at every character of a message, as
the leading `\\b` keeps each branch from being passed over by its first letter. A look ahead
for a word's start put before them all passes over the other characters at once; as no match
can start anywhere else, the matches found are exactly the same. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

# Every (pattern, flags) given to `at_word_starts`: the tests check that each one's matches
# can only start at a word's start (`opens_words`), which makes the look ahead safe. (Checked
# there, not here: parsing the pattern again would add to every start-up.)
WORD_START_PATTERNS: list[tuple[str, int]] = []


# Every (pattern, flags, letters) given letters: the tests check that each match can only start
# with one of them.
OPENING_LETTERS: list[tuple[str, int, str]] = []


def at_word_starts(pattern: str, flags: int = 0, letters: str = "") -> re.Pattern[str]:
    """`pattern`, every match of which starts at a word's start (see `opens_words`), compiled
    to be tried only there; with `letters`, only at words starting with one of them (every
    letter a match may start with): other words are passed over at once too."""
    WORD_START_PATTERNS.append((pattern, flags))
    if letters:
        OPENING_LETTERS.append((pattern, flags, letters))
    opening = f"[{letters}]" if letters else r"\w"
    return re.compile(rf"\b(?={opening})(?:{pattern})", flags)


# Zero-width items after which a word character starts a word.
_OPENS_A_WORD = frozenset({_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING})

_Matcher = Callable[[str], "re.Match[str] | None"]


def opens_words(pattern: str, flags: int = 0) -> bool:
    """Whether every match of `pattern` starts at a word's start: each branch opens with `\\b`
    or `^` (look behinds may come between), then a word character. False when that is not
    known for sure (a branch opening with `\\w` or `.`, or able to match nothing)."""
    parsed = _sre_parse.parse(pattern, flags)
    # A word character as the pattern reads one (its flags, inline ones too: ASCII or not).
    word = re.compile(r"\w", parsed.state.flags).match
    return _opens_words(list(parsed), opened=False, word=word)


def _opens_words(items: list[Any], opened: bool, word: _Matcher) -> bool:
    """Whether every match of the parsed `items` opens a word: a `\\b` or `^` before the
    first character (`opened`), which is a word character."""
    for at, (op, av) in enumerate(items):
        rest = items[at + 1 :]
        if op is _sre.AT:
            if av not in _OPENS_A_WORD:
                return False
            opened = True
            continue
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # a look ahead or behind consumes nothing: the next item starts the match
        if op is _sre.LITERAL:
            return opened and word(chr(av)) is not None
        if op is _sre.IN:
            return opened and _all_word_characters(av, word)
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            return not (add_flags or del_flags) and _opens_words([*inner, *rest], opened, word)
        if op is _sre.BRANCH:
            return all(_opens_words([*branch, *rest], opened, word) for branch in av[1])
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, _most, inner = av
            # Its first time round starts the match; repeated none times, what follows does.
            return _opens_words(list(inner), opened, word) and (
                least > 0 or _opens_words(rest, opened, word)
            )
        return False  # any character, a category, a back reference: not known
    return False  # it may match nothing


def _all_word_characters(members: Any, word: _Matcher) -> bool:
    for op, member in members:
        if op is _sre.LITERAL:
            if word(chr(member)) is None:
                return False
        elif op is _sre.RANGE:
            low, high = member
            if any(word(chr(code)) is None for code in range(low, high + 1)):
                return False
        else:
            return False  # a negated set or a category: not known
    return True
