"""Sums of other things: rivals that a question asking a sum of one thing never asked about.

"How much money is behind the SEND plan?": the top fact gives the sum behind the plan; close
below it rank the £70 million Change Programme, the PINS and EP-training sums, which share the
question's money words ("funding", "money") but are sums of things the question does not name.
They would answer another question, not this one differently: they are not the top fact's
rivals for the margin. A close fact whose sum's label shares a word of the question ("how much
PINS money ...", "the plan's funding in 2025/26") stays a rival. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from sendbot.answering.fact_index import FactIndex, per_index
from sendbot.answering.intent import Intent
from sendbot.answering.question import Question
from sendbot.answering.ranked import Candidate
from sendbot.knowledge.model import Fact, FigureKind

# How many candidates below the top one are read: the margin is set by the first rival.
_READ = 6
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that say a sum is money, not what it is money for.
_MONEY_WORDS = (
    "funding fund funds funded money budget budgets cost costs spend spending spent sum sums "
    "total totals further extra additional new pound pounds investment invest invested worth "
    "backing backed back amount grant grants allocation"
)


def _terms(index: FactIndex, text: str) -> frozenset[str]:
    """The text's terms, a phrase the synonyms join ("improvement_plan") also as its words:
    "the SEND plan" names the plan the label calls the "SEND and AP Improvement Plan"."""
    terms = index.normaliser.terms(text)
    return frozenset(terms) | frozenset(part for term in terms for part in term.split("_"))


@per_index
def _money_terms(index: FactIndex) -> frozenset[str]:
    return _terms(index, _MONEY_WORDS)


def _sum_labels(fact: Fact) -> tuple[str, ...]:
    return tuple(f.label for f in fact.figures if f.kind is FigureKind.MONEY)


def _what_sums_are_of(index: FactIndex, fact: Fact) -> frozenset[str] | None:
    """The terms naming what the fact's sums are of, None when it gives no sum (or no label
    says what its sum is of: then it cannot be told apart)."""
    labels = _sum_labels(fact)
    if not labels:
        return None
    money = _money_terms(index)
    # (not a year: "£X in 2025/26" is a sum of something, for that year)
    named = frozenset(
        term
        for label in labels
        for term in _terms(index, label)
        if term not in money and not _DIGIT.search(term)
    )
    return named or None


def _says_every_year(fact: Fact, question: Question) -> bool:
    """The fact writes every year the question names: a sum of another year (or of years
    ahead) is left to the checks of the period, never made surer here."""
    said = f"{fact.statement} {fact.quote}"
    years = {word[:4] for word in question.words if _YEAR.match(word)}
    return all(year in said for year in years)


def sums_of_unnamed_things(
    index: FactIndex, question: Question, candidates: Iterable[Candidate]
) -> frozenset[int]:
    """The positions of close facts giving only sums of things the question does not name,
    when the question asks a sum and the top fact's sum is of something it names."""
    if question.intent is not Intent.AMOUNT:
        return frozenset()
    # The top candidate alone decides whether any rival is read: working out the others
    # (most of what ranking costs) waits until it says they may be passed over.
    read = iter(candidates)
    top_candidate = next(read, None)
    if top_candidate is None:
        return frozenset()
    if top_candidate.evidence.unknown_share > 0:
        return frozenset()  # "the PINS helpline": a word no fact knows may name another sum
    first = index.facts[top_candidate.position]
    if not _says_every_year(first, question):
        return frozenset()  # "how much will PINS get after 2025": rivals or not, not said
    asked = _terms(index, question.text)
    top = _what_sums_are_of(index, first)
    if top is None or top.isdisjoint(asked):
        return frozenset()
    passed: set[int] = set()
    for candidate in islice(read, _READ):
        named = _what_sums_are_of(index, index.facts[candidate.position])
        if named is not None and named.isdisjoint(asked):
            passed.add(candidate.position)
    return frozenset(passed)
