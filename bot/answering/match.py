"""Question + knowledge base -> the fact that answers it, or a reasoned refusal. Pure.

How a question is scored against each fact:
1. coverage: the share of the question's information (rare words weigh more, IDF) that the
   fact's own words carry, with field weights (its `questions` count most, its quote least);
   a word the knowledge base has never seen counts fully against every fact;
2. phrasing: rapidfuzz similarity between the question and the fact's `questions` and title;
3. intent: "how many" wants a count, "how much" money, "when" a date, "who" a person.
Typos are corrected against the knowledge base's own vocabulary first, and synonyms folded.
Below the confidence threshold sendbot declines and offers the closest topics instead: a
wrong fact presented as an answer is the worst thing it can do.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from bot.answering.normalise import (
    QUESTION_WORDS,
    SMALLTALK,
    STOPWORDS,
    Normaliser,
    stem,
    words,
)
from bot.knowledge.figures import MONTHS
from bot.knowledge.model import Fact, FigureKind, KnowledgeBase

FIELD_WEIGHTS = {
    "questions": 1.0,
    "title": 0.9,
    "tags": 0.8,
    "statement": 0.85,
    "figures": 0.8,
    "quote": 0.6,
}
ANSWER_THRESHOLD = 0.55
SUGGESTION_FLOOR = 0.2
MAX_SUGGESTIONS = 3
CANDIDATES_FOR_PHRASING = 25
TYPO_CUTOFF = 84
MIN_TYPO_LENGTH = 4


MONTH_NAME_BY_NUMBER = {number: name for name, number in MONTHS.items()}


class Intent(StrEnum):
    COUNT = "count"
    MONEY = "money"
    DATE = "date"
    PERSON = "person"
    OTHER = "other"


class Outcome(StrEnum):
    ANSWERED = "answered"
    ABSTAINED = "abstained"
    SMALLTALK = "smalltalk"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class ScoredFact:
    fact: Fact
    score: float


@dataclass(frozen=True, slots=True)
class MatchResult:
    question: str
    outcome: Outcome
    best: ScoredFact | None
    suggestions: tuple[ScoredFact, ...]
    corrected_terms: tuple[str, ...] = ()

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWERED

    @property
    def confidence(self) -> float:
        return self.best.score if self.best else 0.0


@dataclass(frozen=True, slots=True)
class FactIndex:
    """Everything matching needs, computed once per knowledge base version."""

    kb: KnowledgeBase
    normaliser: Normaliser
    facts: tuple[Fact, ...]
    postings: dict[str, tuple[tuple[int, float], ...]]
    idf: dict[str, float]
    unknown_idf: float
    vocabulary: tuple[str, ...]
    phrasings: tuple[tuple[str, ...], ...]
    figure_kinds: tuple[frozenset[FigureKind], ...]
    _corrections: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def correct(self, term: str) -> str | None:
        """The knowledge base's own word a misspelt term most likely meant, if any."""
        if term in self.idf or len(term) < MIN_TYPO_LENGTH or not term.isalpha():
            return term if term in self.idf else None
        if term not in self._corrections:
            found = process.extractOne(
                term,
                self.vocabulary,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=TYPO_CUTOFF,
            )
            self._corrections[term] = found[0] if found else None
        return self._corrections[term]


def _fact_fields(fact: Fact) -> dict[str, list[str]]:
    figure_words: list[str] = []
    for figure in fact.figures:
        figure_words += [figure.label, figure.unit or ""]
        if figure.kind is FigureKind.DATE:
            figure_words.append(_date_words(str(figure.value)))
    return {
        "questions": list(fact.questions),
        "title": [fact.title or ""],
        "tags": [tag.replace("-", " ") for tag in fact.tags],
        "statement": [fact.statement],
        "figures": figure_words,
        "quote": [fact.quote],
    }


def _date_words(value: str) -> str:
    """'2023-09' -> '2023 september', so "in September 2023" matches a date figure."""
    year, _, rest = value.partition("-")
    if rest[:2].isdigit():
        return f"{year} {MONTH_NAME_BY_NUMBER[int(rest[:2])]}"
    return value


def build_index(kb: KnowledgeBase) -> FactIndex:
    normaliser = Normaliser.from_synonyms(kb.synonyms)
    facts = kb.facts
    weights: dict[str, dict[int, float]] = defaultdict(dict)
    phrasings: list[tuple[str, ...]] = []
    for position, fact in enumerate(facts):
        phrasing_texts = (*fact.questions, fact.title or fact.statement)
        fact_phrasings: list[str] = []
        for field_name, texts in _fact_fields(fact).items():
            weight = FIELD_WEIGHTS[field_name]
            for text in texts:
                terms = normaliser.terms(text)
                if text in phrasing_texts and field_name in ("questions", "title", "statement"):
                    fact_phrasings.append(" ".join(terms))
                for term in terms:
                    if weights[term].get(position, 0.0) < weight:
                        weights[term][position] = weight
        phrasings.append(tuple(dict.fromkeys(fact_phrasings)))
    count = len(facts)
    idf = {
        term: math.log(1 + (count - len(owners) + 0.5) / (len(owners) + 0.5))
        for term, owners in weights.items()
    }
    return FactIndex(
        kb=kb,
        normaliser=normaliser,
        facts=facts,
        postings={term: tuple(owners.items()) for term, owners in weights.items()},
        idf=idf,
        unknown_idf=math.log(1 + (count + 0.5) / 0.5),
        vocabulary=tuple(term for term in idf if term.isalpha() and len(term) >= 3),
        phrasings=tuple(phrasings),
        figure_kinds=tuple(frozenset(figure.kind for figure in fact.figures) for fact in facts),
    )


def intent_of(raw_words: Sequence[str]) -> Intent:
    text = " ".join(raw_words)
    if "how many" in text or "number of" in text:
        return Intent.COUNT
    if "how much" in text or "cost" in raw_words or "budget" in raw_words:
        return Intent.MONEY
    if "when" in raw_words or "what date" in text or "what year" in text:
        return Intent.DATE
    if "who" in raw_words or "whom" in raw_words:
        return Intent.PERSON
    return Intent.OTHER


def _intent_fits(intent: Intent, kinds: frozenset[FigureKind]) -> bool | None:
    """True when the fact holds the kind of figure asked for, False when it clearly doesn't."""
    wanted = {
        Intent.COUNT: FigureKind.COUNT,
        Intent.MONEY: FigureKind.MONEY,
        Intent.DATE: FigureKind.DATE,
    }
    if intent not in wanted:
        return None
    return wanted[intent] in kinds


def is_smalltalk(raw_words: Sequence[str]) -> bool:
    content = [word for word in raw_words if word not in STOPWORDS and word not in QUESTION_WORDS]
    return bool(raw_words) and all(word in SMALLTALK for word in content)


def _query_terms(index: FactIndex, question: str) -> tuple[list[str], list[str]]:
    """Question -> (terms as the index knows them, the terms that were typo-corrected)."""
    stems = [stem(word) for word in words(question)]
    corrected: list[str] = []
    fixed: list[str] = []
    for term in stems:
        if term in STOPWORDS or term in index.idf:
            fixed.append(term)
            continue
        replacement = index.correct(term)
        if replacement is not None and replacement != term:
            corrected.append(replacement)
        fixed.append(replacement or term)
    terms = list(dict.fromkeys(index.normaliser.canonical(fixed)))
    return terms, corrected


def match(index: FactIndex, question: str) -> MatchResult:
    raw_words = words(question)
    if not raw_words:
        return MatchResult(question, Outcome.EMPTY, None, ())
    if is_smalltalk(raw_words):
        return MatchResult(question, Outcome.SMALLTALK, None, ())

    terms, corrected = _query_terms(index, question)
    if not terms:
        return MatchResult(question, Outcome.ABSTAINED, None, ())
    term_weights = {term: index.idf.get(term, index.unknown_idf) for term in terms}
    total = sum(term_weights.values())
    coverage: dict[int, float] = defaultdict(float)
    for term, weight in term_weights.items():
        for position, field_weight in index.postings.get(term, ()):
            coverage[position] += weight * field_weight / total

    intent = intent_of(raw_words)
    query_phrase = " ".join(terms)
    ranked = sorted(coverage.items(), key=lambda item: -item[1])[:CANDIDATES_FOR_PHRASING]
    scored = [
        ScoredFact(index.facts[position], _confidence(index, position, share, query_phrase, intent))
        for position, share in ranked
    ]
    scored.sort(key=lambda item: -item.score)
    if not scored:
        return MatchResult(question, Outcome.ABSTAINED, None, (), tuple(corrected))
    best, rest = scored[0], scored[1:]
    outcome = Outcome.ANSWERED if best.score >= ANSWER_THRESHOLD else Outcome.ABSTAINED
    pool = rest if outcome is Outcome.ANSWERED else scored
    suggestions = tuple(item for item in pool if item.score >= SUGGESTION_FLOOR)[:MAX_SUGGESTIONS]
    return MatchResult(
        question,
        outcome,
        best,
        suggestions,
        tuple(corrected),
    )


def _confidence(
    index: FactIndex, position: int, coverage: float, query_phrase: str, intent: Intent
) -> float:
    phrasing = _phrase_similarity(query_phrase, index.phrasings[position])
    score = 0.65 * coverage + 0.35 * phrasing
    fits = _intent_fits(intent, index.figure_kinds[position])
    if fits is True:
        score += 0.05
    elif fits is False:
        score -= 0.05
    return max(0.0, min(1.0, score))


@lru_cache(maxsize=4096)
def _phrase_similarity(query_phrase: str, phrasings: tuple[str, ...]) -> float:
    found = process.extractOne(
        query_phrase,
        phrasings,
        scorer=fuzz.token_sort_ratio,
        processor=utils.default_process,
    )
    return found[1] / 100 if found else 0.0
