"""Questions checking a record ("are more children in special schools than ever?"): a figure
alone does not bear such a claim out; a fact that itself says "higher than at any time" does,
and only of the thing it names: "are more children in alternative provision than ever?" is
not answered by the special-school record, though both say "than ever". Pure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.measure_table import neutral_terms, position_of
from sendbot.answering.normalise import COMMON_WORDS
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact

if TYPE_CHECKING:  # match imports this module: its types are for the checker only
    from sendbot.answering.fact_index import FactIndex
    from sendbot.answering.match import MatchResult

_RECORD = re.compile(
    r"\b(?:than ever|ever before|record|all[- ]time|highest|lowest|any time|the most ever)\b"
)
# "more than ever", "at a record high", "than at any time": one term (synonyms.yaml).
RECORD_TERM = "record_high"


def claims_record(question: Question) -> bool:
    return bool(_RECORD.search(" ".join(question.words)))


def says_record(fact: Fact) -> bool:
    """The fact's own words make a record claim ("than at any time in the past fifty years")."""
    return bool(_RECORD.search(f"{fact.statement} {fact.quote}".lower()))


def unsaid_record(question: Question, fact: Fact) -> bool:
    """The question claims a record that the fact's own words do not make."""
    return claims_record(question) and not says_record(fact)


def record_of_another_thing(index: FactIndex, question: str, result: MatchResult) -> bool:
    """The question claims a record and the answered fact, which says something is at one,
    does not carry every word the question names it by: its record is of something else."""
    if not result.answered or result.best is None:
        return False
    # The clause that asks: "my mum says it was the same in her day" names no other thing.
    terms = frozenset(index.normaliser.terms(asking_text(question)))
    if RECORD_TERM not in terms:
        return False
    # Words the sources never use ("hit") name nothing the facts could be about.
    asked = {term for term in terms if term in index.idf}
    asked -= neutral_terms(index) | COMMON_WORDS | {RECORD_TERM}
    return not asked <= index.fact_terms[position_of(index, result.best.fact)]
