"""A question that asks only for a total, after a message naming what is to be added up: "special
schools plus AP schools opened, what's the total?". Read alone, "what's the total?" names no
topic, and the fact whose quote says "total" (the £10.5 billion) would answer it surely; what
is to be summed is in the rest of the message, so the question is not read alone. Pure.
"""

from __future__ import annotations

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS

# Words that say a sum is asked, of whatever the message names: no topic of their own.
_SUM_WORDS = frozenset(
    "total totals altogether overall combined sum together grand all whole".split()
)


def asks_only_a_total(index: FactIndex, part: str) -> bool:
    """`part`'s terms, common words aside, only say that a total is asked (and it has one)."""
    terms = [
        term
        for term in index.normaliser.terms(part)
        if term not in COMMON_WORDS and term not in STOPWORDS
    ]
    return bool(terms) and all(term in _SUM_WORDS for term in terms)
