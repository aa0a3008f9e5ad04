"""The kind of figure or fact a labelled question asks for, read from its opening words, so a
benchmark can say which kinds a base answers worst: who / when / how much / how many / latest /
what for / other. A "latest" item (its set's group) is latest whatever it asks."""

from __future__ import annotations

import re

KINDS = ("who", "when", "how much", "how many", "latest", "what for", "other")

# First match wins: "how much funding goes to whom" asks how much.
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("how many", re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b")),
    ("how much", re.compile(r"\bhow much\b|\bcost\b|£|\bbudget\b|\bfunding\b|\bpercentage\b|%")),
    (
        "who",
        re.compile(
            r"\bwho(?:m|se|s)?\b|\bwhich (?:organisations?|bodies|body|compan(?:y|ies)|providers?"
            r"|charit(?:y|ies)|firms?|partners?|suppliers?)\b"
        ),
    ),
    ("when", re.compile(r"\bwhen\b|\bwhat (?:date|year|month)\b|\bhow long\b|\buntil\b")),
    ("what for", re.compile(r"\bwhat (?:is|was|are|were)\b.*\bfor\b|\bpurpose\b|\bwhy\b|\baim\b")),
)


def question_kind(group: str, question: str) -> str:
    """One of KINDS for an item of `group` ("in_scope", "latest", ...) asking `question`."""
    if group == "latest":
        return "latest"
    asked = question.lower()
    return next((kind for kind, pattern in _ASKS if pattern.search(asked)), "other")
