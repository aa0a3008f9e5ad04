"""Phrases regrouped by their first letters find what the phrases as written find: the same
spans and the same groups, in the same order (the intent rules are checked whole, on the
shipped base's questions, in test_intent_rule_letters.py)."""

from __future__ import annotations

import re

import pytest

from sendbot.answering.phrase_groups import grouped


@pytest.mark.parametrize(
    ("alternation", "regrouped"),
    [
        ("how many|how much|what is", "how m(?:any|uch)|what is"),
        # a word and a longer phrase opening with it: tried in the order written
        ("how|how many", "how(?:| many)"),
        ("how many|how", "how(?: many|)"),
        # a phrase opening with a class or an anchor stays between the others
        ("how a|[xy]z|how b", "how a|[xy]z|how b"),
        # phrases anchored at the start: every phrase there, in order; the others elsewhere
        ("will a|^will b|will c", "^(?:will (?:a|b|c))|will (?:a|c)"),
        # a plain group opening a phrase is one phrase for each of its words, in order
        ("(?:will|would) go|why", "w(?:ill go|ould go|hy)"),
        # ... but not a group repeated or left out ("(?:very )?good")
        ("(?:very )?good|vast", "(?:very )?good|vast"),
        # a letter repeated or left out is not an opening letter
        ("schools?|scores", "sc(?:hools?|ores)"),
        ("ab?c|ad", "a(?:b?c|d)"),
        ("a(?:b|c)|a\\|b", "a(?:(?:b|c)|\\|b)"),
    ],
)
def test_regrouped(alternation: str, regrouped: str) -> None:
    assert grouped(alternation) == regrouped


def test_a_word_boundary_opening_a_phrase_is_left_out_only_at_word_starts() -> None:
    assert grouped(r"\bworth it|worse") == r"\bworth it|worse"
    assert grouped(r"\bworth it|worse", word_start=True) == "wor(?:th it|se)"
    assert grouped(r"\b(?:is|as) it|^(?:is|are) it", word_start=True) == (
        "^(?:is it(?:|)|a(?:s it|re it))|is it|as it"
    )


@pytest.mark.parametrize(
    "alternation",
    [
        "how|how many|how many more|how much",
        "will (?:\\w+ ){1,3}?get|will we|(?:will|would) (?:she|he) be|what (?:is|s)",
        "is it|^is it enough|is it (?:really )?worth|[ie]s|is",
        "a|ab|abc|(?:a|ab)c|ab(?=c)|a[bc]+",
        "cost|costs?|costing (?:the|a)|(?<!the )cost of",
        "^(?:is|are) (?:\\w+ ){0,3}?enough|is it|\\bits|^how|how (?:many|much)|^it",
        "^will|will (?:\\w+ )?be|^will (?:\\w+ ){1,3}?get|\\bwill it|^(?:is|are)|^w",
    ],
)
def test_same_matches(alternation: str) -> None:
    texts = [
        "how many more schools and how much money",
        "will we get it or will my son get a place would she be ok what is it",
        "is it enough is it really worth it es is",
        "abc ab a abcc ac abbc",
        "the cost of it costs costing the cost costs of",
        "is it enough is it its how many how much",
        "are they enough its how much it is",
        "how is it enough how many",
        "will it be will my son get a place will",
        "will be will it get will it",
        "were they will be",
    ]
    written = re.compile(rf"\b(?=\w)(?P<found>{alternation})\b")
    for word_start in (False, True):
        regrouped = re.compile(rf"\b(?=\w)(?P<found>{grouped(alternation, word_start)})\b")
        for text in texts:
            assert [(m.span(), m.lastgroup) for m in regrouped.finditer(text)] == [
                (m.span(), m.lastgroup) for m in written.finditer(text)
            ], text
