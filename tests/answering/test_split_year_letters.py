"""The split-year patterns, opened by a look ahead at the digits their years start with, find
what they find without it."""

from __future__ import annotations

import re

import pytest

from sendbot.answering.normalise import _SHORT_SPLIT_YEAR, _SPACED_SPLIT_YEAR
from sendbot.knowledge.model import KnowledgeBase


@pytest.mark.parametrize("pattern", [_SHORT_SPLIT_YEAR, _SPACED_SPLIT_YEAR])
def test_found_as_without_the_look_ahead(
    pattern: re.Pattern[str], shipped_kb: KnowledgeBase
) -> None:
    assert pattern.pattern.startswith(("(?=[123])", "(?=[12])"))
    without = re.compile(pattern.pattern.removeprefix("(?=[123])").removeprefix("(?=[12])"))
    texts = [text for fact in shipped_kb for text in (*fact.questions, fact.statement, fact.quote)]
    texts += [
        "budget for 24/25 and 23-24",
        "aged 16-17",
        "16-17 year olds",
        "£24/25",
        "2024 25 budget",
        "in 2023 24 schools opened",
        "1999 00",
        "2019 20 is it",
        "15/16 and 31-32 percent",
        "x 2024 25",
        "3/4 of them",
        "12/13",
        "0.24/25",
    ]
    for text in texts:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in without.finditer(text)
        ], text
