"""Each intent rule is opened by a look ahead at the letters its phrases may start with, so
that a word starting otherwise passes it over at once: the rules find exactly what they would
find without it."""

from __future__ import annotations

import re

import pytest

from sendbot.answering.intent import (
    _COUNT_BY_NOUN,
    _FOR_AT_END,
    INTENT_RULES,
    _ends_with_a_count_noun,
    _first_letters,
    _sre_parse,
    intent_of,
    intent_pattern,
)
from sendbot.answering.normalise import WORD_START, words
from sendbot.knowledge.model import KnowledgeBase

_WITHOUT_LETTERS = re.compile(
    WORD_START
    + r"(?:"
    + "|".join(
        f"(?P<rule{number}>{'|'.join(phrases)})" for number, (_, phrases) in enumerate(INTENT_RULES)
    )
    + r")\b"
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(found.span(), found.lastgroup) for found in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        (r"how many|when", frozenset("hw")),
        (r"(?:\w+ )?total", None),  # a word character: any letter
        (r"(?:the )?number of", frozenset("tn")),
        (r"^(?:is|are) it", frozenset("ia")),
        (r"(?<!the )who|[xy]z", frozenset("wxy")),
        (r"how|", None),  # may match nothing
        (r"(?i:how)", None),  # flags: not known for sure
    ],
)
def test_first_letters(pattern: str, letters: frozenset[str] | None) -> None:
    assert _first_letters(_sre_parse.parse(pattern)) == letters


def test_every_rule_has_its_letters() -> None:
    assert intent_pattern().pattern.count("(?=[") == len(INTENT_RULES)


def test_the_rules_find_what_they_find_without_the_letters(shipped_kb: KnowledgeBase) -> None:
    texts = [
        " ".join(words(question.lower()))
        for fact in shipped_kb
        for question in (*fact.questions, fact.title, fact.statement)
    ]
    texts += ["what is an ehcp", "who answered it", "is it enough tbh", "why 2024 and when"]
    for text in texts:
        assert _found(intent_pattern(), text) == _found(_WITHOUT_LETTERS, text), text
        intent_of(text.split())


# "for" at the end (or before the period it is for), as it was written before its look behinds
# were put after the literal.
_FOR_AT_END_BEHIND_FIRST = re.compile(
    r"(?<!\bstand)(?<!\bstands)(?<!\bshort) for(?: (?:exactly|actually|really))?"
    r"(?: in (?:\d{4}(?:_\d{2})?|(?:this|next|last|the) (?:financial |academic )?year))?$"
)


def test_for_at_the_end_is_found_where_it_was(shipped_kb: KnowledgeBase) -> None:
    texts = [" ".join(words(q.lower())) for fact in shipped_kb for q in fact.questions]
    texts += ["what does send stand for", "what is ap short for", "what is pins for exactly"]
    texts += ["what stands for", "what is the withstand for", "for"]
    for text in texts:
        old, new = _FOR_AT_END_BEHIND_FIRST.search(text), _FOR_AT_END.search(text)
        assert (old and old.span()) == (new and new.span()), text


def test_a_count_by_noun_is_looked_for_only_where_it_can_be(shipped_kb: KnowledgeBase) -> None:
    # `_ends_with_a_count_noun` is looked at before `_COUNT_BY_NOUN`'s search: it must pass
    # every text the search finds a count in, and it passes over the rest at once.
    texts = [
        " ".join(words(question.lower()))
        for fact in shipped_kb
        for question in (*fact.questions, fact.title, fact.statement)
    ]
    found = [
        "trainee teachers tally",
        "new nurseries number please",
        "funded colleges numbers plz",
        "opened units count\n",
        "count",
        "pls",
        "",
    ]
    for text in [*texts, *found]:
        if _COUNT_BY_NOUN.search(text):
            assert _ends_with_a_count_noun(text), text
    assert all(_COUNT_BY_NOUN.search(text) for text in found[:4])
    assert not _ends_with_a_count_noun("how many count on it soon")
