"""The sibling of the fact a question is about that gives the kind of figure asked. Pure.

A sentence of a written answer often holds two facts: "a further £21 million to train 400 more
education psychologists" is the money (one fact) and the count (another, whose quote is part
of the first's). "The EP training money, how much did the dept put in?" is about them both; the
count is closest on topic, but cannot give an amount, and the money, ranked first, can: the
money answers, rather than a partial reply saying the count gives no amount.
"""

from __future__ import annotations

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.normalise import fold_text
from sendbot.answering.ranked import Candidate
from sendbot.knowledge.model import Fact

# How much money, how many: a sum and a count of one sentence are told apart by the kind
# asked. Not a percentage ("what percentage of the £10.5bn goes on AP" asks a share of the
# sum, which the rise beside it is not), nor a verdict or a name. Two years set side by side
# ("special school pupils now versus 2015/16?") are answered by the sibling giving both
# years' figures ("from 115,000 to 200,000"), not by the one giving the earlier year's alone.
_SIBLING_KINDS = frozenset({Intent.AMOUNT, Intent.COUNT, Intent.DIFFERENCE})


def sibling_giving_it(index: FactIndex, intent: Intent, top: Candidate, related: Candidate) -> bool:
    """`top`, the first candidate, gives the kind of figure asked (`intent`) and is a sibling
    of `related`, the fact closest on topic, which cannot give it: the same written answer's
    sentence, one quote holding the other."""
    if intent not in _SIBLING_KINDS or top.position == related.position:
        return False
    if related.evidence.intent_fit != -1:
        return False
    if top.evidence.missing is not None or top.evidence.intent_fit != 1:
        return False
    return same_sentence(index.facts[top.position], index.facts[related.position])


def same_sentence(first: Fact, other: Fact) -> bool:
    """The two facts are of one written answer's sentence: one quote holds the other."""
    if first.source_id != other.source_id:
        return False
    said, also = fold_text(first.quote), fold_text(other.quote)
    return also in said or said in also
