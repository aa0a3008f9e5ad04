"""A long alternation of phrases ("how many|how much|what is|...") written again with the
phrases that open with the same letters under one group ("how m(?:any|uch)|what is"), so that
a regular expression tries, at each place, only the phrases whose first letters are there:
Python's engine skips a branch opening with a letter that is not the next character at once,
but enters every other branch. Pure.

The same matches, spans and groups, for two reasons:
- A branch is tried in the order written, and the first that leads to a match wins; phrases
  that open with different letters can never both match at one place, so only the order of
  phrases opening with the same letter matters, and it is kept within each group. A phrase
  opening otherwise (a group, a class, an anchor) may match beside any other: it stays where
  it was written, and only the phrases between two such are regrouped.
- A phrase opened by a group of words, "(?:will|would) X", is "will X|would X": the engine
  tries each word with the rest of the phrase before the next word, in the same order.
- Phrases anchored at the start ("^will X") match only there: there, every phrase is tried in
  the order written (the anchor is true); anywhere else, the phrases that are not anchored,
  in the same order. Where the alternation is tried only at the start of a word, a "\\b"
  opening a phrase is always true, and is left out.
"""

from __future__ import annotations

from collections.abc import Iterator

# The characters read as themselves wherever they stand in a phrase (a phrase is written in
# lower case), and those that repeat the one before them.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '")
_REPEATS = frozenset("?*+{")
# A phrase opened by a group of more words than this is left as written.
_MOST_SPREAD = 16


def grouped(alternation: str, word_start: bool = False) -> str:
    """`alternation` (a regular expression) with its phrases regrouped by their first
    letters; the same matches. `word_start`: it is only tried where a word starts."""
    phrases = [
        opened for phrase in _alternatives(alternation) for opened in _openings(phrase, word_start)
    ]
    if not any(phrase.startswith("^") for phrase in phrases):
        return _written(phrases)
    at_start = [
        opened
        for phrase in phrases
        for opened in (_openings(phrase[1:], word_start) if phrase.startswith("^") else [phrase])
    ]
    elsewhere = [phrase for phrase in phrases if not phrase.startswith("^")]
    return f"^(?:{_written(at_start)})|{_written(elsewhere)}"


def _written(phrases: list[str]) -> str:
    return "|".join(_regrouped([_plain_opening(phrase) for phrase in phrases]))


def _openings(phrase: str, word_start: bool) -> list[str]:
    """The phrase as phrases opening as plainly as they can: one for each word of a group
    opening it (`_group_spread`), without a "\\b" opening it where a word starts."""
    if word_start and phrase.startswith("\\b"):
        return _openings(phrase[2:], word_start)
    spread = _group_spread(phrase)
    if spread == [phrase]:
        return spread
    return [opened for each in spread for opened in _openings(each, word_start)]


def _alternatives(source: str) -> list[str]:
    """`source` split at each "|" outside groups and classes."""
    parts: list[str] = []
    start = 0
    for at, char, depth in _structure(source):
        if char == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
    parts.append(source[start:])
    return parts


def _structure(source: str, at: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of `source` from `at` that is neither escaped nor in a character class:
    (where it stands, it, how deep in groups the pattern is after it)."""
    depth = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(source, at)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield at, char, depth
        at += 1


def _class_end(source: str, at: int) -> int:
    """Where the character class opened at `at` ends (after its "]")."""
    at += 1
    if source[at] == "^":
        at += 1
    if source[at] == "]":  # a "]" first is one of the class
        at += 1
    while source[at] != "]":
        at += 2 if source[at] == "\\" else 1
    return at + 1


def _group_end(source: str, at: int) -> int:
    """Where the group opened at `at` ends (after its ")")."""
    for position, char, depth in _structure(source, at):
        if char == ")" and depth == 0:
            return position + 1
    raise ValueError(f"no group closes the one opened at {at}: {source!r}")


def _group_spread(phrase: str) -> list[str]:
    """A phrase opened by a plain group of words ("(?:will|would) X", not repeated) as one
    phrase for each word ("will X", "would X"), in order; any other phrase as it is."""
    if not phrase.startswith("(?:"):
        return [phrase]
    end = _group_end(phrase, 0)
    if end < len(phrase) and phrase[end] in _REPEATS:
        return [phrase]
    words = _alternatives(phrase[3 : end - 1])
    if len(words) > _MOST_SPREAD:
        return [phrase]
    return [word + phrase[end:] for word in words]


def _plain_opening(phrase: str) -> tuple[str, str]:
    """(the letters a phrase opens with, read as themselves; the rest of it)."""
    at = 0
    while (
        at < len(phrase)
        and phrase[at] in _PLAIN
        and not (at + 1 < len(phrase) and phrase[at + 1] in _REPEATS)
    ):
        at += 1
    return phrase[:at], phrase[at:]


def _regrouped(phrases: list[tuple[str, str]]) -> list[str]:
    """The phrases (each as its plain opening and the rest), those opening with the same letter
    under one group, in the order of the first of each; each phrase opening otherwise where it
    was, between them."""
    written: list[str] = []
    at = 0
    while at < len(phrases):
        if not phrases[at][0]:
            written.append(phrases[at][1])
            at += 1
            continue
        by_letter: dict[str, list[tuple[str, str]]] = {}
        while at < len(phrases) and phrases[at][0]:
            by_letter.setdefault(phrases[at][0][0], []).append(phrases[at])
            at += 1
        for same in by_letter.values():
            written.append(_under_one_group(same))
    return written


def _under_one_group(phrases: list[tuple[str, str]]) -> str:
    """Phrases opening with the same letter: their shared opening, then the rest of each, in
    order, regrouped in turn."""
    if len(phrases) == 1:
        return phrases[0][0] + phrases[0][1]
    openings = [opening for opening, _ in phrases]
    shared = 0
    while all(len(opening) > shared for opening in openings) and all(
        opening[shared] == openings[0][shared] for opening in openings
    ):
        shared += 1
    rests = _regrouped([(opening[shared:], rest) for opening, rest in phrases])
    return f"{openings[0][:shared]}(?:{'|'.join(rests)})"
