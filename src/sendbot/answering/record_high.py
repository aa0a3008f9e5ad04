"""A record claimed of one thing: "are more children in special schools than ever?" is
answered by a fact saying so of special schools, but "are more children in alternative
provision than ever?" is not, though both say "than ever". Pure.
"""

from __future__ import annotations

from sendbot.answering.match import FactIndex, MatchResult, Outcome
from sendbot.answering.measure_table import neutral_terms, position_of
from sendbot.answering.normalise import COMMON_WORDS
from sendbot.answering.question import asking_text

# "more than ever", "at a record high", "than at any time": one term (synonyms.yaml).
RECORD_TERM = "record_high"


def record_of_another_thing(index: FactIndex, question: str, result: MatchResult) -> bool:
    """The question claims a record and the answered fact, which says something is at one,
    does not carry every word the question names it by: its record is of something else."""
    if result.outcome is not Outcome.ANSWERED or result.best is None:
        return False
    # The clause that asks: "my mum says it was the same in her day" names no other thing.
    terms = frozenset(index.normaliser.terms(asking_text(question)))
    if RECORD_TERM not in terms:
        return False
    # Words the sources never use ("hit") name nothing the facts could be about.
    asked = {term for term in terms if term in index.idf}
    asked -= neutral_terms(index) | COMMON_WORDS | {RECORD_TERM}
    return not asked <= index.fact_terms[position_of(index, result.best.fact)]
