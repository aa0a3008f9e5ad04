"""Question + knowledge base -> the fact that answers it, or a reasoned refusal. Pure.

How a question is scored against a fact:
1. coverage: the share of the question's information (rare words weigh more, IDF) that the
   fact's own words carry anywhere, with field weights (its `questions` count most, its
   quote least). A word the knowledge base has never seen counts against every fact.
2. phrasing: how closely the question matches the fact's best single phrasing (one of its
   `questions`, its title or statement), both ways: the question's words found in the
   phrasing, and the phrasing's words found in the question (IDF-weighted F1), plus a
   rapidfuzz similarity of the two word sequences.
3. intent: "how many" wants a count, "how much" an amount, "when" a date, "who" a person;
   a fact's intents come from its figures and from the questions curated for it.
Typos are corrected against the knowledge base's own vocabulary first, and synonyms folded.
Below the confidence threshold sendbot declines and offers the closest topics instead: a
wrong fact presented as an answer is the worst thing it can do.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from sendbot.answering.confidence import ANSWER_THRESHOLD, answer_probability
from sendbot.answering.evidence import Evidence
from sendbot.answering.normalise import (
    COMMON_WORDS,
    PLACE_WORDS,
    SMALLTALK,
    STOPWORDS,
    Normaliser,
    stem,
    words,
)
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase

FIELD_WEIGHTS = {
    "questions": 1.0,
    "title": 0.9,
    "tags": 0.8,
    "statement": 0.85,
    "figures": 0.8,
    "quote": 0.6,
}
RECALL_BETA = 1.0
# How much a word the knowledge base has never seen weighs, as a share of the rarest word's
# weight: everyday words ("reckon", "keeps") count for little, others fully against.
UNKNOWN_FACTOR = 0.8
GENERIC_FACTOR = 0.2
SUGGESTION_FLOOR = 0.2
MAX_SUGGESTIONS = 3
CANDIDATES = 25
# Typos: one edit (a transposition counts as one) in words of 5-7 letters, two from 8 on.
# Shorter words are left alone: "task" is one edit from "ask".
MIN_TYPO_LENGTH = 5
LONG_WORD = 8
MONTH_NAME_BY_NUMBER = {number: name for name, number in MONTHS.items()}


class Intent(StrEnum):
    COUNT = "count"
    AMOUNT = "amount"
    DATE = "date"
    PERSON = "person"
    PLACE = "place"
    REASON = "reason"
    OPINION = "opinion"
    OTHER = "other"


INTENT_OF_FIGURE = {
    FigureKind.COUNT: Intent.COUNT,
    FigureKind.MONEY: Intent.AMOUNT,
    FigureKind.PERCENT: Intent.AMOUNT,
    FigureKind.DATE: Intent.DATE,
}


# Kinds of question that no fact answers unless its own curated questions ask that way.
WHOLE_KIND_INTENTS = frozenset({Intent.PLACE, Intent.OPINION})
DISTRIBUTIVE = frozenset({"each", "per"})


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
    confidence: float = 0.0  # the probability that `best` answers the question

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWERED


@dataclass(frozen=True, slots=True)
class Scope:
    """What a fact covers beyond its words: the places it names, and whether it gives an
    amount per person or place ("each", "per") rather than a total."""

    places: frozenset[str]
    distributive: bool


@dataclass(frozen=True, slots=True)
class Phrasing:
    terms: frozenset[str]
    text: str  # intent word + terms, for rapidfuzz
    mass: float  # the IDF weight of its terms, summed once when the index is built


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
    phrasings: tuple[tuple[Phrasing, ...], ...]
    intents: tuple[frozenset[Intent], ...]
    fact_terms: tuple[frozenset[str], ...]
    scope: tuple[Scope, ...]
    _corrections: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def correct(self, term: str) -> str | None:
        """The knowledge base's own word a misspelt term most likely meant, if any."""
        if term in self.idf or term in self.normaliser.phrase_words:
            return term
        if len(term) < MIN_TYPO_LENGTH or not term.isalpha():
            return None
        if term not in self._corrections:
            found = process.extractOne(
                term,
                self.vocabulary,
                scorer=DamerauLevenshtein.distance,
                processor=None,
                score_cutoff=1 if len(term) < LONG_WORD else 2,
            )
            self._corrections[term] = found[0] if found else None
        return self._corrections[term]

    def weight(self, term: str) -> float:
        if term in self.idf:
            return self.idf[term]
        return self.unknown_idf * (GENERIC_FACTOR if term in COMMON_WORDS else UNKNOWN_FACTOR)


# The first rule whose phrase occurs in the question decides its intent. PLACE and OPINION
# exist so that "where is ...?" and "do you think ...?" are not answered with a figure: no
# written answer's fact is a place or an opinion unless its curated questions say so.
INTENT_RULES: tuple[tuple[Intent, tuple[str, ...]], ...] = (
    (
        Intent.OPINION,
        (
            "do you think",
            "what do you think",
            "your opinion",
            "is it working",
            "will it work",
            "will it fix",
            "will the",
            "is it any good",
            "should i",
        ),
    ),
    (Intent.COUNT, ("how many", "number of")),
    (Intent.AMOUNT, ("how much", "cost", "percentage")),
    (
        Intent.DATE,
        (
            "when",
            "what date",
            "what day",
            "which day",
            "what year",
            "how long",
            "date",
            "how recent",
        ),
    ),
    (Intent.PERSON, ("who", "whom", "which minister", "which mp", "which person", "whose")),
    (
        Intent.PLACE,
        (
            "where",
            "which area",
            "which areas",
            "which council",
            "which councils",
            "which school",
            "which schools",
            "which region",
            "which la",
            "which las",
            "near me",
            "in my area",
        ),
    ),
    (Intent.REASON, ("why", "what for", "the point", "purpose", "meant to", "help with")),
)


# One scan finds every rule's phrases; the earliest rule among those found wins.
_INTENT_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<rule{number}>{'|'.join(map(re.escape, phrases))})"
        for number, (_, phrases) in enumerate(INTENT_RULES)
    )
    + r")\b"
)


def intent_of(raw_words: Sequence[str]) -> Intent:
    text = " ".join(raw_words)
    rules = [
        int(found.lastgroup[4:]) for found in _INTENT_PATTERN.finditer(text) if found.lastgroup
    ]
    if rules:
        return INTENT_RULES[min(rules)][0]
    return Intent.REASON if text.endswith(" for") else Intent.OTHER


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


def _text_intent(text: str) -> Intent:
    return intent_of(words(text))


def build_index(kb: KnowledgeBase) -> FactIndex:
    normaliser = Normaliser.from_synonyms(kb.synonyms)
    # Each question is read for its words, its phrasing and its intent: fold it once.
    terms_of = lru_cache(maxsize=None)(lambda text: tuple(normaliser.terms(text)))
    intent_of_text = lru_cache(maxsize=None)(_text_intent)

    def phrasing(text: str) -> Phrasing:
        terms = frozenset(terms_of(text))
        text_for_fuzz = f"{intent_of_text(text)} {' '.join(terms_of(text))}"
        return Phrasing(terms, text_for_fuzz, sum(idf[term] for term in terms))

    facts = kb.facts
    weights: dict[str, dict[int, float]] = defaultdict(dict)
    for position, fact in enumerate(facts):
        for field_name, texts in _fact_fields(fact).items():
            weight = FIELD_WEIGHTS[field_name]
            for text in texts:
                for term in terms_of(text):
                    if weights[term].get(position, 0.0) < weight:
                        weights[term][position] = weight
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
        # Words inside synonym phrases count too: "authorites" should become "authority"
        # before the phrase "local authority" is folded into its group's name.
        vocabulary=tuple(
            term
            for term in dict.fromkeys((*idf, *normaliser.phrase_words))
            if term.isalpha() and len(term) >= 3
        ),
        phrasings=tuple(
            tuple(
                phrasing(text)
                for text in dict.fromkeys((*fact.questions, fact.title or "", fact.statement))
                if text
            )
            for fact in facts
        ),
        intents=tuple(_fact_intents(fact, intent_of_text) for fact in facts),
        fact_terms=tuple(frozenset(terms) for terms in _terms_by_fact(weights, count)),
        scope=tuple(_scope(fact) for fact in facts),
    )


def _scope(fact: Fact) -> Scope:
    said = {word for text in (fact.quote, fact.statement, *fact.questions) for word in words(text)}
    return Scope(
        places=frozenset(said & PLACE_WORDS), distributive=not DISTRIBUTIVE.isdisjoint(said)
    )


def _terms_by_fact(weights: dict[str, dict[int, float]], count: int) -> list[set[str]]:
    by_fact: list[set[str]] = [set() for _ in range(count)]
    for term, owners in weights.items():
        for position in owners:
            by_fact[position].add(term)
    return by_fact


def _fact_intents(fact: Fact, intent_of_text: Callable[[str], Intent]) -> frozenset[Intent]:
    from_figures = {INTENT_OF_FIGURE[figure.kind] for figure in fact.figures}
    from_questions = {intent_of_text(question) for question in fact.questions}
    return frozenset(from_figures | from_questions)


def is_smalltalk(raw_words: Sequence[str]) -> bool:
    return bool(raw_words) and all(word in SMALLTALK or word in STOPWORDS for word in raw_words)


def _query_terms(index: FactIndex, raw_words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Question words -> (terms as the index knows them, the terms that were typo-corrected)."""
    fixed: list[str] = []
    corrected: list[str] = []
    for word in raw_words:
        term = stem(word)
        replacement = term if term in STOPWORDS else index.correct(term)
        if replacement is not None and replacement != term:
            corrected.append(replacement)
        fixed.append(replacement or term)
    return list(dict.fromkeys(index.normaliser.canonical(fixed))), corrected


@dataclass(frozen=True, slots=True)
class _Query:
    terms: frozenset[str]
    mass: float
    intent: Intent
    text: str
    numbers: frozenset[str]
    unknown_share: float
    places: frozenset[str]
    distributive: bool


def _query(index: FactIndex, raw_words: Sequence[str], terms: list[str]) -> _Query:
    mass = sum(index.weight(term) for term in terms)
    unknown = sum(
        index.weight(term) for term in terms if term not in index.idf and term not in COMMON_WORDS
    )
    return _Query(
        terms=frozenset(terms),
        mass=mass,
        intent=intent_of(raw_words),
        text=" ".join(terms),
        numbers=frozenset(term for term in terms if any(char.isdigit() for char in term)),
        unknown_share=unknown / mass if mass else 0.0,
        places=frozenset(raw_words) & PLACE_WORDS,
        distributive=not DISTRIBUTIVE.isdisjoint(raw_words),
    )


def _veto(index: FactIndex, position: int, query: _Query, number_mismatch: bool) -> str | None:
    """Why the fact cannot answer the question, however close the words; None if it might.

    Each rule stands for a kind of question a fact answers only if it says so itself."""
    if number_mismatch:
        return "names a number or year the fact does not have"
    if query.places - index.scope[position].places:
        return "asks about a place the fact does not mention"
    if query.distributive and not index.scope[position].distributive:
        return "asks for an amount per person or place; the fact gives a total"
    if query.intent in WHOLE_KIND_INTENTS and query.intent not in index.intents[position]:
        return f"asks a {query.intent} question the fact does not answer"
    return None


def _evidence(index: FactIndex, position: int, coverage: float, query: _Query) -> Evidence:
    number_mismatch = any(term not in index.fact_terms[position] for term in query.numbers)
    best = (0.0, 0.0, 0.0, 0.0)
    for phrasing in index.phrasings[position]:
        shared = sum(index.weight(term) for term in query.terms & phrasing.terms)
        if not shared:
            continue
        precision = shared / query.mass
        recall = shared / phrasing.mass
        beta2 = RECALL_BETA**2
        f1 = (1 + beta2) * precision * recall / (beta2 * precision + recall)
        best = max(best, (f1, precision, recall, shared))
    found = process.extractOne(
        f"{query.intent} {query.text}",
        [phrasing.text for phrasing in index.phrasings[position]],
        scorer=fuzz.token_sort_ratio,
        processor=None,
    )
    intent_fit = 0
    if query.intent is not Intent.OTHER:
        intent_fit = 1 if query.intent in index.intents[position] else -1
    return Evidence(
        coverage=coverage,
        f1=best[0],
        precision=best[1],
        recall=best[2],
        similarity=found[1] / 100 if found else 0.0,
        intent_fit=intent_fit,
        number_mismatch=number_mismatch,
        veto=_veto(index, position, query, number_mismatch),
        unknown_share=query.unknown_share,
        matched_mass=coverage * query.mass / index.unknown_idf,
        phrase_mass=best[3] / index.unknown_idf,
        unknown_mass=query.unknown_share * query.mass / index.unknown_idf,
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    position: int
    evidence: Evidence


def rank(index: FactIndex, question: str) -> tuple[list[Candidate], tuple[str, ...]] | Outcome:
    """The facts that might answer, best first, with the evidence for each; or why none."""
    raw_words = words(question)
    if not raw_words:
        return Outcome.EMPTY
    if is_smalltalk(raw_words):
        return Outcome.SMALLTALK
    terms, corrected = _query_terms(index, raw_words)
    if not terms:
        return Outcome.ABSTAINED
    query = _query(index, raw_words, terms)
    coverage: dict[int, float] = defaultdict(float)
    for term in terms:
        for position, field_weight in index.postings.get(term, ()):
            coverage[position] += index.weight(term) * field_weight / query.mass
    shortlist = sorted(coverage.items(), key=lambda item: -item[1])[:CANDIDATES]
    candidates = [
        Candidate(position, _evidence(index, position, share, query))
        for position, share in shortlist
    ]
    candidates.sort(key=lambda candidate: -candidate.evidence.rank_score)
    return candidates, tuple(corrected)


def match(index: FactIndex, question: str) -> MatchResult:
    ranked = rank(index, question)
    if isinstance(ranked, Outcome):
        return MatchResult(question, ranked, None, ())
    candidates, corrected = ranked
    if not candidates:
        return MatchResult(question, Outcome.ABSTAINED, None, (), corrected)
    top = candidates[0].evidence
    margin = top.rank_score - (candidates[1].evidence.rank_score if len(candidates) > 1 else 0.0)
    confidence = answer_probability(top, margin)
    scored = [
        ScoredFact(index.facts[candidate.position], round(candidate.evidence.rank_score, 4))
        for candidate in candidates
    ]
    # A vetoed question ("in 2022/23", "in Leeds", "per school", "where ...?") asks something
    # its best fact does not say, however close the words: answering would misquote the source.
    answered = confidence >= ANSWER_THRESHOLD and top.veto is None
    pool = scored[1:] if answered else scored
    suggestions = tuple(item for item in pool if item.score >= SUGGESTION_FLOOR)[:MAX_SUGGESTIONS]
    outcome = Outcome.ANSWERED if answered else Outcome.ABSTAINED
    return MatchResult(question, outcome, scored[0], suggestions, corrected, confidence)
