"""A pattern opened by `WORD_START` is only tried where a word starts: that finds everything
the pattern would find from every word boundary only if each of its phrases starts with a
word character. A phrase added later that starts otherwise ("£5", "-ish") would go unfound."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import sendbot.answering
from sendbot.answering.intent import intent_pattern
from sendbot.answering.normalise import WORD_START

_WORD = frozenset(string.ascii_letters + string.digits + "_")


def _starts_with_word(items: list[tuple[Any, Any]]) -> bool:
    """Every match of the parsed sequence `items` starts with a word character (none is
    empty). Conservative: anything it does not know is taken to start otherwise."""
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
            if not _starts_with_word(list(av[2])):
                return False
            continue  # repeated none or more times: the next item may start the match
        return _item_starts_with_word(op, av)
    return False  # it may match nothing


def _item_starts_with_word(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return chr(av) in _WORD
    if op is sre.IN:
        return all(_in_word(member_op, member) for member_op, member in av)
    if op is sre.SUBPATTERN:
        return _starts_with_word(list(av[3]))
    if op is sre.BRANCH:
        return all(_starts_with_word(list(branch)) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _starts_with_word(list(av[2]))
    return False


def _in_word(op: Any, member: Any) -> bool:
    if op is sre.LITERAL:
        return chr(member) in _WORD
    if op is sre.RANGE:
        return all(chr(code) in _WORD for code in range(member[0], member[1] + 1))
    return op is sre.CATEGORY and member in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)


def _starts_so(pattern: str) -> bool:
    return _starts_with_word(list(sre_parse.parse(pattern.removeprefix(WORD_START))))


def _word_start_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module_info in pkgutil.iter_modules(sendbot.answering.__path__):
        module = importlib.import_module(f"sendbot.answering.{module_info.name}")
        for name, value in vars(module).items():
            # A pattern, or one of a tuple of them (`only_mentioned._EXPLAIN`)
            members = value if isinstance(value, tuple) else (value,)
            for member in members:
                if isinstance(member, re.Pattern) and str(member.pattern).startswith(WORD_START):
                    found.append((f"{module_info.name}.{name}", member))
    # Compiled at the first question, not at import: not among the module's names.
    if intent_pattern().pattern.startswith(WORD_START):
        found.append(("intent.intent_pattern()", intent_pattern()))
    return found


def test_the_check_tells_phrases_that_start_otherwise() -> None:
    assert _starts_so(r"\b(?=\w)(?:how many|(?<!the )who|(?:\w+ ){0,3}?total)\b")
    assert not _starts_so(r"\b(?=\w)(?:how many|£\d+)\b")
    assert not _starts_so(r"\b(?=\w)(?:how many|(?: in)? total)\b")
    assert not _starts_so(r"\b(?=\w)(?:how many|)\b")


def test_the_intent_rules_are_tried_where_words_start() -> None:
    names = [name for name, _ in _word_start_patterns()]
    assert "intent.intent_pattern()" in names
    assert "only_mentioned._EXPLAIN" in names


@pytest.mark.parametrize(
    "pattern", [pattern for _, pattern in _word_start_patterns()], ids=lambda p: p.pattern[:40]
)
def test_every_phrase_starts_with_a_word_character(pattern: re.Pattern[str]) -> None:
    assert _starts_so(pattern.pattern)
