"""The clause splitter, opened by a look ahead at the characters a split may start with, splits
where its branches alone split."""

from __future__ import annotations

import re

from sendbot.answering.asking_clauses import _CLAUSE_SPLIT, _CLAUSE_SPLIT_MARKS
from sendbot.knowledge.model import KnowledgeBase

_MARKS_ALONE = re.compile(_CLAUSE_SPLIT_MARKS)


def test_splits_where_the_marks_alone_split(shipped_kb: KnowledgeBase) -> None:
    texts = [text for fact in shipped_kb for text in (*fact.questions, fact.statement, fact.quote)]
    texts += [
        "4,000 and 2.5. then, more",
        "(a) b; c: d! e? f",
        "the taskforce - how many",
        "x \u2013 y \u2014 z\u2014w -- v",
        "if so much is spent, so far so good but so what",
        "when was it given before I share it",
        "ok Because We're moving",
        "brutal \U0001f629 how many \u2600",
        "tab\tso\tthen",
    ]
    for text in texts:
        assert [m.span() for m in _CLAUSE_SPLIT.finditer(text)] == [
            m.span() for m in _MARKS_ALONE.finditer(text)
        ], text
