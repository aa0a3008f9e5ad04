"""Questions checking a record ("are more children in special schools than ever?"): a figure
alone does not bear such a claim out; a fact that itself says "higher than at any time" does.
Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact

_RECORD = re.compile(
    r"\b(?:than ever|ever before|record|all[- ]time|highest|lowest|any time|the most ever)\b"
)


def claims_record(question: Question) -> bool:
    return bool(_RECORD.search(" ".join(question.words)))


def says_record(fact: Fact) -> bool:
    """The fact's own words make a record claim ("than at any time in the past fifty years")."""
    return bool(_RECORD.search(f"{fact.statement} {fact.quote}".lower()))


def unsaid_record(question: Question, fact: Fact) -> bool:
    """The question claims a record that the fact's own words do not make."""
    return claims_record(question) and not says_record(fact)
