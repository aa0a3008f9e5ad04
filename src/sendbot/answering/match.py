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

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache, partial
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from sendbot.answering.answer_parts import (
    DOCUMENT_TAG,
    PART_WORDS,
    AnswerPart,
    answer_part,
    asked_of_answer,
    asks_which_department,
    misfits,
    names_the_answer,
    without_department_talk,
)
from sendbot.answering.asked_together import Detail, details_asked, gives_all
from sendbot.answering.chat_kind import Kind
from sendbot.answering.checked_claim import asked_of, checks_a_figure, claims, gives
from sendbot.answering.confidence import (
    ANSWER_THRESHOLD,
    PARTIAL_THRESHOLD,
    Verdict,
    answer_probability,
    probability_given,
)
from sendbot.answering.evidence import (
    INTENT_ADJUSTMENT,
    NUMBER_MISMATCH_PENALTY,
    WEIGHT_COVERAGE,
    WEIGHT_PHRASING,
    WEIGHT_SIMILARITY,
    Evidence,
)
from sendbot.answering.expansions import acronyms_asked, spelling_out_all, spelt_out
from sendbot.answering.missing import (
    INTENTS_OF_FIGURE,
    FactProfile,
    counts_another_thing,
    fits,
    has_year,
    nearest_role,
    one_copy_each,
    profile,
    what_is_missing,
)
from sendbot.answering.normalise import (
    COMMON_WORDS,
    STOPWORDS,
    Normaliser,
    fold_text,
    stem,
    words,
)
from sendbot.answering.question import (
    FIGURE_ASKED,
    Intent,
    Question,
    analyse,
    asking_text,
    intent_of,
    pointed_back,
    told_only_who_asks,
)
from sendbot.answering.ranked import Bounds, RankedCandidates
from sendbot.answering.ranked import Candidate as Candidate  # where other modules look for it
from sendbot.answering.record_claims import claims_record, says_record
from sendbot.answering.which_answer import answers_it_could_mean, asks_its_part, which_one_text
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase

# Bump when what build_index computes changes; compiled indexes saved by an older version are
# then rebuilt (the cache also notices any change to this package's code).
INDEX_VERSION = 7
FIELD_WEIGHTS = {
    "questions": 1.0,
    "title": 0.9,
    "tags": 0.8,
    "statement": 0.85,
    "figures": 0.8,
    "quote": 0.6,
}
MAX_FIELD_WEIGHT = max(FIELD_WEIGHTS.values())
# Rounding room when a bound decides that a fact cannot make the shortlist.
BOUND_SLACK = 1e-9
RECALL_BETA = 1.0
# How much a word the knowledge base has never seen weighs, as a share of the rarest word's
# weight: everyday words ("reckon", "keeps") count for little, others fully against.
UNKNOWN_FACTOR = 0.8
GENERIC_FACTOR = 0.2
SUGGESTION_FLOOR = 0.2
MAX_SUGGESTIONS = 3
CANDIDATES = 25
# Up to this many posting entries in all, the shortlist merges every list outright.
DIRECT_MERGE = 2_000
# Up to this many scored facts, sorting them all finds the best faster than a heap (which is
# written in Python); both give the same order, ties included.
SORT_ALL = 500
# Typos: one edit (a transposition counts as one) in words of 5-7 letters, two from 8 on.
# Shorter words are left alone: "task" is one edit from "ask".
MIN_TYPO_LENGTH = 5
LONG_WORD = 8
_DIGIT = re.compile(r"\d")
MONTH_NAME_BY_NUMBER = {number: name for name, number in MONTHS.items()}


class Outcome(StrEnum):
    ANSWERED = "answered"  # the fact answers what was asked
    PARTIAL = "partial"  # on topic, but the source does not give the detail asked for
    DECLINED = "declined"  # nothing relevant
    GREETING = "greeting"  # hello, thanks, bye
    HELP = "help"  # "help", "what can I ask?", or nothing to go on


# Chat that is not a question, and the outcome it gets.
OUTCOME_OF_KIND = {
    Kind.GREETING: Outcome.GREETING,
    Kind.THANKS: Outcome.GREETING,
    Kind.BYE: Outcome.GREETING,
    Kind.ACK: Outcome.GREETING,
    Kind.HELP: Outcome.HELP,
    Kind.ABOUT: Outcome.HELP,
    Kind.EMPTY: Outcome.HELP,
}


@dataclass(frozen=True, slots=True)
class ScoredFact:
    fact: Fact
    score: float  # the evidence model's probability that it answers (capped for suggestions)
    # A rule says it cannot give what was asked: shown, its probability is given that verdict.
    lacks_detail: bool = False


@dataclass(frozen=True, slots=True)
class MatchResult:
    question: str
    outcome: Outcome
    best: ScoredFact | None
    suggestions: tuple[ScoredFact, ...]
    corrected_terms: tuple[str, ...] = ()
    confidence: float = 0.0  # the probability that `best` answers the question: the score
    missing: str | None = None  # partial: what the source does not give, in one sentence
    kind: Kind = Kind.QUESTION  # greeting, thanks, bye, help ... when it is not a question
    # What a rule said of `best`, and the evidence model's probability before it did.
    verdict: Verdict = Verdict.NONE
    evidence_confidence: float = 0.0

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWERED

    def judged(self, verdict: Verdict, **changes: object) -> MatchResult:
        """This result with a rule's verdict on the fact (and the outcome, fact or missing
        sentence the rule gives): its confidence is then the probability given that verdict."""
        changed = replace(self, **changes)  # type: ignore[arg-type]
        confidence = probability_given(verdict, self.evidence_confidence)
        best = changed.best
        if best is not None:
            best = ScoredFact(best.fact, round(confidence, 4))
        return replace(changed, verdict=verdict, confidence=confidence, best=best)

    def answered_if_confident(self, verdict: Verdict, best: ScoredFact) -> MatchResult | None:
        """`best` as the answer on a rule's verdict, when the probability given that verdict
        reaches the threshold; None when it does not."""
        answered = self.judged(verdict, outcome=Outcome.ANSWERED, best=best, missing=None)
        return answered if answered.confidence >= ANSWER_THRESHOLD else None


@dataclass(frozen=True, slots=True)
class FactIndex:
    """Everything matching needs, computed once per knowledge base version."""

    kb: KnowledgeBase
    normaliser: Normaliser
    facts: tuple[Fact, ...]
    postings: dict[str, dict[int, float]]  # term -> {fact position: field weight}, by position
    idf: dict[str, float]
    unknown_idf: float
    vocabulary: tuple[str, ...]
    # Each fact's phrasings (its `questions`, title and statement): their intent word and
    # terms in sorted order, each text once (rapidfuzz's token_sort_ratio sorts the words of
    # both texts before comparing them, so sorting once here leaves its `ratio` to do);
    phrasing_texts: tuple[tuple[str, ...], ...]
    # by number, the IDF weight of their terms, summed (and the least of these, for bounding
    # what a phrasing can score before comparing them);
    phrasing_masses: tuple[tuple[float, ...], ...]
    lightest_phrasings: tuple[float, ...]
    # and each of their terms -> the phrasings that hold it: the words a question shares with
    # each phrasing are looked up, not found by comparing it with every phrasing.
    phrasing_terms: tuple[dict[str, tuple[int, ...]], ...]
    # ... and the numbers of those asking why or how (`WHY_OR_HOW_INTENTS`): no evidence for a
    # question asking whether something is so.
    why_or_how_phrasings: tuple[frozenset[int], ...]
    fact_terms: tuple[frozenset[str], ...]
    # For a fact giving no figure, the numbers and years carried by its written answer's facts
    # that give one: a question naming one of them ("what is the £18m for?") names that
    # answer's topic, which such a fact speaks of without repeating the figure. Empty for the
    # facts giving a figure, and those of an answer on several topics (`ONE_TOPIC_FACTS`).
    answer_numbers: tuple[frozenset[str], ...]
    profiles: tuple[FactProfile, ...]
    # Acronyms a fact's quote spells out ("send" -> the fact quoting "Special Educational
    # Needs and Disabilities (SEND)"), by position.
    spelt_out: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # The facts quoting the question put, not its answer (`restates_a_question`), by position.
    restating: frozenset[int] = frozenset()
    _corrections: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _vocabulary_windows: dict[tuple[int, int], tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def correct(self, term: str) -> str | None:
        """The knowledge base's own word a misspelt term most likely meant, if any."""
        if term in self.idf or term in self.normaliser.phrase_words:
            return term
        if len(term) < MIN_TYPO_LENGTH or not term.isalpha():
            return None
        if term not in self._corrections:
            self._corrections[term] = self._closest_word(term)
        return self._corrections[term]

    def _closest_word(self, term: str) -> str | None:
        """The vocabulary's word fewest edits from `term`, the first of equally close ones."""
        edits = 1 if len(term) < LONG_WORD else 2
        words = self._words_of_length(len(term), edits)
        # A quick, exact first pass: Levenshtein distance is at most twice Damerau-Levenshtein
        # (a transposition is two edits to it), and rapidfuzz computes it far faster.
        near = process.extract(
            term,
            words,
            scorer=Levenshtein.distance,
            processor=None,
            score_cutoff=2 * edits,
            limit=None,
        )
        found = process.extractOne(
            term,
            [words[at] for at in sorted(at for _, _, at in near)],  # in vocabulary order
            scorer=DamerauLevenshtein.distance,
            processor=None,
            score_cutoff=edits,
        )
        return found[0] if found else None

    def _words_of_length(self, length: int, edits: int) -> tuple[str, ...]:
        """The vocabulary's words within `edits` letters of `length`, in vocabulary order:
        the only ones that many edits can reach (an edit adds or removes one letter at
        most), so the closest word and the first of equally close ones are as among all."""
        key = (length, edits)
        if key not in self._vocabulary_windows:
            self._vocabulary_windows[key] = tuple(
                word for word in self.vocabulary if abs(len(word) - length) <= edits
            )
        return self._vocabulary_windows[key]

    def weight(self, term: str) -> float:
        if term in self.idf:
            return self.idf[term]
        return self.unknown_idf * (GENERIC_FACTOR if term in COMMON_WORDS else UNKNOWN_FACTOR)


def _topic_terms(
    kb: KnowledgeBase, terms_of: Callable[[str], Sequence[str]]
) -> dict[str, frozenset[str]]:
    """By source id, the terms of what each written answer is about (its title and the question
    asked) that tell it apart: not those naming the topic of more than a quarter of them
    ("SEND" in a base of SEND answers, "the department" each question is put to), unless there
    is only one."""
    said = {
        file.source.id: frozenset(terms_of(f"{file.source.title} {file.source.question or ''}"))
        for file in kb.files
    }
    most = max(1, len(said) // 4)
    sources_naming = Counter(term for terms in said.values() for term in terms)
    common = {term for term, count in sources_naming.items() if count > most}
    return {source: terms - common for source, terms in said.items()}


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


def sorted_words(text: str) -> str:
    """The words of `text` in sorted order, as rapidfuzz's token_sort_ratio compares them."""
    return " ".join(sorted(text.split()))


def _text_intent(text: str) -> Intent:
    return intent_of(words(text))


def build_index(kb: KnowledgeBase) -> FactIndex:
    normaliser = Normaliser.from_synonyms(kb.synonyms)
    # Each question is read for its words, its phrasing and its intent: fold it once.
    terms_of = lru_cache(maxsize=None)(lambda text: tuple(normaliser.terms(text)))
    filed_terms_of = lru_cache(maxsize=None)(lambda text: tuple(normaliser.filed_terms(text)))
    intent_of_text = lru_cache(maxsize=None)(_text_intent)

    def text_for_fuzz(text: str) -> str:
        return sorted_words(f"{intent_of_text(text)} {' '.join(terms_of(text))}")

    facts = kb.facts
    topics = _topic_terms(kb, terms_of)
    weights = _postings(facts, filed_terms_of)
    count = len(facts)
    idf = {
        term: math.log(1 + (count - len(owners) + 0.5) / (len(owners) + 0.5))
        for term, owners in weights.items()
    }
    phrased = [_phrasings(fact) for fact in facts]
    numbers: dict[tuple[int, ...], tuple[int, ...]] = {}  # one copy of each, (0,), (0, 1) ...
    fact_terms = tuple(frozenset(terms) for terms in _terms_by_fact(weights, count))
    masses = tuple(
        tuple(sum(idf[term] for term in frozenset(terms_of(text))) for text in own)
        for own in phrased
    )
    return FactIndex(
        kb=kb,
        normaliser=normaliser,
        facts=facts,
        postings=dict(weights),
        idf=idf,
        unknown_idf=math.log(1 + (count + 0.5) / 0.5),
        # Words inside synonym phrases count too: "authorites" should become "authority"
        # before the phrase "local authority" is folded into its group's name.
        vocabulary=tuple(
            term
            for term in dict.fromkeys((*idf, *sorted(normaliser.phrase_words)))
            if term.isalpha() and len(term) >= 3
        ),
        phrasing_texts=tuple(tuple(dict.fromkeys(map(text_for_fuzz, own))) for own in phrased),
        phrasing_masses=masses,
        lightest_phrasings=tuple(min(own, default=0.0) for own in masses),
        phrasing_terms=tuple(_phrasings_by_term(own, terms_of, numbers) for own in phrased),
        why_or_how_phrasings=tuple(_why_or_how_phrasings(own, intent_of_text) for own in phrased),
        fact_terms=fact_terms,
        answer_numbers=_answer_numbers(facts, fact_terms),
        profiles=one_copy_each(
            profile(fact, intent_of_text, terms_of, topics[fact.source_id]) for fact in facts
        ),
        spelt_out=spelt_out(facts),
        restating=frozenset(
            position for position, fact in enumerate(facts) if restates_a_question(fact)
        ),
    )


def _postings(
    facts: Sequence[Fact], filed_terms_of: Callable[[str], Sequence[str]]
) -> dict[str, dict[int, float]]:
    """Each term -> the facts (by position) whose fields carry it, each with the weight of
    the heaviest such field."""
    weights: dict[str, dict[int, float]] = defaultdict(dict)
    for position, fact in enumerate(facts):
        for field_name, texts in _fact_fields(fact).items():
            weight = FIELD_WEIGHTS[field_name]
            for text in texts:
                for term in filed_terms_of(text):
                    if weights[term].get(position, 0.0) < weight:
                        weights[term][position] = weight
    return weights


def _phrasings(fact: Fact) -> list[str]:
    """A fact's phrasings, each once: its curated questions, its title and its statement."""
    texts = dict.fromkeys((*fact.questions, fact.title or "", fact.statement))
    return [text for text in texts if text]


def _phrasings_by_term(
    texts: Sequence[str],
    terms_of: Callable[[str], Sequence[str]],
    numbers: dict[tuple[int, ...], tuple[int, ...]],
) -> dict[str, tuple[int, ...]]:
    holders: dict[str, list[int]] = defaultdict(list)
    for number, text in enumerate(texts):
        for term in dict.fromkeys(terms_of(text)):
            holders[term].append(number)
    return {term: numbers.setdefault(tuple(held), tuple(held)) for term, held in holders.items()}


# Phrasings asking why or how: "why is nasenco being replaced?" is no evidence that a fact
# answers "is the senco qualification being replaced?" (the reason, not whether it is so).
WHY_OR_HOW_INTENTS = frozenset({Intent.REASON, Intent.METHOD})
# A phrasing opening so asks whether, as such a question does: "is it up to councils to pay for?"
YES_NO_OPENINGS = frozenset("is was are were does do did has have will can could should".split())
_NO_PHRASINGS: frozenset[int] = frozenset()


def _why_or_how_phrasings(
    texts: Sequence[str], intent_of_text: Callable[[str], Intent]
) -> frozenset[int]:
    """The numbers of the phrasings asking why or how, not whether."""
    asking = frozenset(
        number
        for number, text in enumerate(texts)
        if intent_of_text(text) in WHY_OR_HOW_INTENTS and not _asks_whether(text)
    )
    return asking or _NO_PHRASINGS


def _asks_whether(text: str) -> bool:
    said = words(text)
    return bool(said) and said[0] in YES_NO_OPENINGS


def _asks_only_whether(question: Question) -> bool:
    """A yes/no question asking no reason or method: whether something is so. (One asking
    "the point of it?" or "the reason given for it" may be asking why in other words.)"""
    return question.checking and question.intent not in WHY_OR_HOW_INTENTS


# A written answer with at most this many facts (beside its record) is on one topic, which a
# figure it gives names; a longer one (a plan's progress on many fronts) is on several.
ONE_TOPIC_FACTS = 10


def _answer_numbers(
    facts: Sequence[Fact], fact_terms: Sequence[frozenset[str]]
) -> tuple[frozenset[str], ...]:
    by_source: dict[str, set[str]] = defaultdict(set)
    said = Counter(fact.source_id for fact in facts if DOCUMENT_TAG not in fact.tags)
    for fact, terms in zip(facts, fact_terms, strict=True):
        if gives_a_figure(fact):  # not a record's dates ("asked on 2 June")
            by_source[fact.source_id].update(filter(_DIGIT.search, terms))
    return tuple(
        frozenset(by_source[fact.source_id])
        if not gives_a_figure(fact) and said[fact.source_id] <= ONE_TOPIC_FACTS
        else frozenset()
        for fact in facts
    )


def gives_a_figure(fact: Fact) -> bool:
    """A figure other than a date: a count, sum or share (not only "asked on 2 June")."""
    return any(figure.kind is not FigureKind.DATE for figure in fact.figures)


def _terms_by_fact(weights: dict[str, dict[int, float]], count: int) -> list[set[str]]:
    by_fact: list[set[str]] = [set() for _ in range(count)]
    for term, owners in weights.items():
        for position in owners:
            by_fact[position].add(term)
    return by_fact


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


def corrected_terms(index: FactIndex, text: str) -> list[str]:
    """The terms of `text` as the matcher reads them: typos corrected against the base's own
    words ("increse" is "increase"), synonyms folded."""
    return _query_terms(index, words(text))[0]


# Not frozen: made once per question and never changed, and a frozen dataclass of this many
# fields takes measurably longer to make.
@dataclass(slots=True)
class _Query:
    question: Question
    terms: frozenset[str]
    mass: float
    known: tuple[tuple[str, float], ...]  # its terms the index knows, with their IDF, in order
    text: str
    numbers: frozenset[str]
    unknown_share: float
    fuzz_text: str  # intent word + terms, sorted as the phrasings' texts are
    unknown_mass: float  # the unseen words' weight, in units of the rarest word's
    kinds: tuple[tuple[str, str], ...]  # (term, as asked): "SEND training" must be SEND's
    constraint_share: float  # share of its information in the years and places it names
    # What a "how many" counts, as terms the knowledge base knows: "places", "teachers".
    subject_terms: frozenset[str] = frozenset()
    possessed_terms: frozenset[str] = frozenset()  # what the asker says someone has
    lacked_terms: frozenset[str] = frozenset()  # ... and has not
    subgroup_terms: frozenset[str] = frozenset()  # "were girls": the part of a group asked about
    measure_terms: frozenset[str] = frozenset()  # "improve attendance": an outcome's measure
    share_terms: frozenset[str] = frozenset()  # "goes to special schools": where a share goes

    @property
    def intent(self) -> Intent:
        return self.question.intent


class _AskedTerms(NamedTuple):
    """What a question says it asks about, as terms: these depend on the question alone, not
    on its typo-corrected words, so a check of what a fact lacks needs only these."""

    kinds: tuple[tuple[str, str], ...]
    possessed: frozenset[str]
    lacked: frozenset[str]
    subgroup: frozenset[str]
    measure: frozenset[str]
    share: frozenset[str]


def _said_terms(index: FactIndex, said: Sequence[str]) -> frozenset[str]:
    return frozenset(index.normaliser.terms(" ".join(said))) if said else frozenset()


def _asked_terms(index: FactIndex, question: Question) -> _AskedTerms:
    return _AskedTerms(
        kinds=tuple(
            (term, phrase)
            for modifiers, phrase in question.kinds
            for term in index.normaliser.terms(modifiers)
            if _names_a_kind(index, term, phrase.lower().endswith("budget"))
        ),
        possessed=_said_terms(index, question.possessed),
        lacked=_said_terms(index, question.lacked),
        subgroup=_said_terms(index, question.subgroup_words),
        measure=_said_terms(index, question.measure_words),
        share=_said_terms(index, question.share_of),
    )


def _query(index: FactIndex, question: Question, terms: list[str]) -> _Query:
    asked = _asked_terms(index, question)
    mass = sum(index.weight(term) for term in terms)
    narrowing = {*question.years, *(place.lower() for place in question.places)}
    constraint = sum(index.weight(term) for term in terms if term in narrowing)
    unknown = sum(
        index.weight(term) for term in terms if term not in index.idf and term not in COMMON_WORDS
    )
    return _Query(
        question=question,
        terms=frozenset(terms),
        mass=mass,
        known=tuple((term, index.idf[term]) for term in terms if term in index.idf),
        text=" ".join(terms),
        numbers=frozenset(filter(_DIGIT.search, terms)),
        unknown_share=unknown / mass if mass else 0.0,
        fuzz_text=sorted_words(f"{question.intent} {' '.join(terms)}"),
        unknown_mass=(unknown / mass if mass else 0.0) * mass / index.unknown_idf,
        constraint_share=constraint / mass if mass else 0.0,
        subject_terms=_subject_terms(index, question),
        possessed_terms=asked.possessed,
        lacked_terms=asked.lacked,
        subgroup_terms=asked.subgroup,
        measure_terms=asked.measure,
        share_terms=asked.share,
        kinds=asked.kinds,
    )


def _asking_words(index: FactIndex, text: str, terms: list[str]) -> frozenset[str]:
    """The words of a message's asking clauses, as written and as terms (typos corrected,
    synonyms folded: "put down" is asking)."""
    asked = asking_text(text)
    said = words(asked)
    return frozenset((*said, *(terms if asked == text else _query_terms(index, said)[0])))


def _names_a_kind(index: FactIndex, term: str, of_a_budget: bool = False) -> bool:
    """A word the knowledge base knows, or a long one it has never seen that is no misspelling
    of its words ("capital" in "capital budget"): a fact can only give a kind it names. Short
    unknown words are left alone: "neds" may be "needs" mistyped."""
    if term in COMMON_WORDS:
        # "schools budget": a budget is named by whose it is, even in an everyday word the
        # base uses ("doing SEND training", "mean training": a verb beside training is not).
        return of_a_budget and term in index.idf
    if term in index.idf:
        return True
    return (
        len(term) >= MIN_TYPO_LENGTH
        and term not in index.normaliser.phrase_words
        and index.correct(term) is None
    )


# Words that say how many, not of what: "how many more", "how many extra".
QUANTIFIERS = frozenset(
    """more extra new additional further total overall altogether exactly roughly approximately
    million thousand hundred thousands hundreds millions times""".split()
)


def _subject_terms(index: FactIndex, question: Question) -> frozenset[str]:
    """The head of what a count is of ("modules" in "autism training modules"), when the
    knowledge base knows the word: an unknown word cannot be compared with a fact's counts."""
    subject = question.subject.lower().split()
    if question.intent is Intent.DEFINITION:
        # What is to be defined: a word the knowledge base never saw is defined by no fact.
        return frozenset(index.normaliser.terms(" ".join(subject)))
    if question.intent is not Intent.COUNT or not subject or subject[-1] in QUANTIFIERS:
        return frozenset()
    # "special schools" folds to one term, "special_school"; its head word is "school".
    whole = index.normaliser.terms(" ".join(subject))[-1:]
    head = index.normaliser.terms(subject[-1])
    return frozenset(term for term in (*whole, *head) if term in index.idf)


# The F1 score's constants, worked out once: recall counts RECALL_BETA times precision.
_BETA2 = RECALL_BETA**2
_F1_SCALE = 1 + _BETA2
_NO_PHRASING = (0.0, 0.0, 0.0, 0.0)


def _best_phrasing(
    holders: dict[str, tuple[int, ...]],
    masses: tuple[float, ...],
    known: tuple[tuple[str, float], ...],
    question_mass: float,
    left_out: frozenset[int] = _NO_PHRASINGS,
) -> tuple[float, float, float, float]:
    """(F1, precision, recall, weight shared) of a fact's phrasing that best matches the
    question, by F1 first. A phrasing's words are all its fact's words, so each one that the
    question shares weighs its IDF. The phrasings numbered in `left_out` are not read."""
    shared_by: dict[int, float] | None = None
    held = holders.get
    for term, weight in known:
        numbers = held(term)
        if numbers is None:
            continue
        if shared_by is None:
            shared_by = dict.fromkeys(numbers, weight)  # the first word shared: all in one go
            continue
        so_far = shared_by.get
        for number in numbers:
            shared_by[number] = so_far(number, 0.0) + weight
    if shared_by is None:
        return _NO_PHRASING
    best = _NO_PHRASING
    best_f1 = 0.0
    scale, beta2 = _F1_SCALE, _BETA2  # local names: this loop runs for every phrasing shared
    for number, shared in shared_by.items():
        if number in left_out:
            continue
        precision = shared / question_mass
        recall = shared / masses[number]
        f1 = scale * precision * recall / (beta2 * precision + recall)
        # Most phrasings lose on F1 alone, before their full score tuple is built.
        if f1 >= best_f1 and (f1, precision, recall, shared) > best:
            best = (f1, precision, recall, shared)
            best_f1 = f1
    return best


def _evidence_of(index: FactIndex, query: _Query) -> Callable[[int, float, int], Evidence]:
    """The evidence for a shortlisted fact (position, coverage, intent fit), with what every
    fact needs from the index and the question looked up once."""
    question, numbers, known, mass = query.question, query.numbers, query.known, query.mass
    # Looked up once, not once per candidate: this is most of the time a question takes.
    phrasing_terms, phrasing_masses = index.phrasing_terms, index.phrasing_masses
    phrasing_texts, profiles, all_fact_terms = (
        index.phrasing_texts,
        index.profiles,
        index.fact_terms,
    )
    fuzz_text, unknown_idf = query.fuzz_text, index.unknown_idf
    unknown_share, unknown_mass, constraint_share = (
        query.unknown_share,
        query.unknown_mass,
        query.constraint_share,
    )
    kinds, subject_terms, possessed_terms = query.kinds, query.subject_terms, query.possessed_terms
    subgroup_terms, measure_terms, share_terms, lacked_terms = (
        query.subgroup_terms,
        query.measure_terms,
        query.share_terms,
        query.lacked_terms,
    )

    why_or_how_phrasings = index.why_or_how_phrasings
    answer_numbers = _named_by_numbers(index, question)
    # Whether it is being replaced is not why: the phrasings asking why or how are left out.
    whether_only = _asks_only_whether(question)

    def evidence(position: int, coverage: float, intent_fit: int) -> Evidence:
        best = _best_phrasing(
            phrasing_terms[position],
            phrasing_masses[position],
            known,
            mass,
            why_or_how_phrasings[position] if whether_only else _NO_PHRASINGS,
        )
        found = process.extractOne(
            fuzz_text, phrasing_texts[position], scorer=fuzz.ratio, processor=None
        )
        fact = profiles[position]
        fact_terms = all_fact_terms[position]
        # Positional, in Evidence's field order: a named tuple is made more than twice as
        # fast so, and one is made for every candidate read.
        return Evidence(
            coverage,
            best[0],  # f1
            best[1],  # precision
            best[2],  # recall
            found[1] / 100 if found else 0.0,  # similarity
            intent_fit,
            _number_mismatch(numbers, fact_terms, answer_numbers, position),
            unknown_share,
            coverage * mass / unknown_idf,  # matched_mass
            best[3] / unknown_idf,  # phrase_mass
            unknown_mass,
            what_is_missing(
                question,
                fact,
                fact_terms,
                kinds,
                subject_terms,
                possessed_terms,
                subgroup_terms,
                measure_terms,
                share_terms,
                lacked_terms,
            ),
            constraint_share,
        )

    return evidence


# Questions asking for a figure (one they name may be the claim to check, not the topic), or
# who: "who answered the question about the 15 new schools?" is the written answer's record.
NUMBERS_ASKED_OF = FIGURE_ASKED | {Intent.PERSON}


def _named_by_numbers(index: FactIndex, question: Question) -> tuple[frozenset[str], ...] | None:
    """By position, the numbers a question may name a fact's written answer by without the
    fact repeating them (`FactIndex.answer_numbers`); None for a question asking a figure or
    who."""
    return None if question.intent in NUMBERS_ASKED_OF else index.answer_numbers


def _number_mismatch(
    numbers: frozenset[str],
    fact_terms: frozenset[str],
    answer_numbers: tuple[frozenset[str], ...] | None,
    position: int,
) -> bool:
    """The question names a number or year the fact lacks; unless the fact gives no figure and
    its written answer gives them all, where the question may name the answer by them (see
    `_named_by_numbers`)."""
    if numbers <= fact_terms:
        return False
    return answer_numbers is None or not numbers <= answer_numbers[position]


def _intent_fits(
    index: FactIndex, query: _Query, shortlist: Sequence[tuple[int, float]]
) -> list[int]:
    """By place in the shortlist, whether each fact gives the kind of detail asked for (1 or
    -1; 0 when none is asked): worked out once, for the fact's bound and its evidence."""
    if query.intent is Intent.OTHER:
        return [0] * len(shortlist)
    question, profiles = query.question, index.profiles
    return [1 if fits(question, profiles[position]) else -1 for position, _ in shortlist]


def _bounds(
    index: FactIndex,
    query: _Query,
    shortlist: Sequence[tuple[int, float]],
    intent_fits: Sequence[int],
) -> Bounds:
    """The most each shortlisted fact's (position, coverage) evidence can score, worked out
    cheaply: the order of candidates is exact only if no evidence ever scores above its
    bound. Why none does: the weight a phrasing shares with the question is at most `shared`,
    that of the question's words found in any of the fact's phrasings, and the phrasing is at
    least as heavy as the lightest one; F1 grows with the weight shared and shrinks with the
    phrasing's (with recall weighed as precision: (1 + b^2) * shared / (b^2 * phrasing +
    question)). The similarity is taken at its most and nothing as missing; the intent and
    numbers are worked out. Evidence's scores grow with each of these, and are worked out
    here as there (in the same order, clamped the same way)."""
    known, mass, numbers = query.known, query.mass, query.numbers
    answer_numbers = _named_by_numbers(index, query.question)
    phrasing_terms, lightest, fact_terms = (
        index.phrasing_terms,
        index.lightest_phrasings,
        index.fact_terms,
    )
    topic_share = 1.0 - query.constraint_share
    # At the most similarity, plus rounding room: the evidence adds the same amounts in
    # another order.
    most_similar = WEIGHT_SIMILARITY * 1.0
    closest: list[float] = []
    closest_on_topic: list[float] = []
    # This loop runs for every shortlisted fact of every question: its constants are local
    # names, and what is the same for every fact is worked out before it.
    f1_scale, beta2, weight_coverage, weight_phrasing = (
        _F1_SCALE,
        _BETA2,
        WEIGHT_COVERAGE,
        WEIGHT_PHRASING,
    )
    adjustment, slack = INTENT_ADJUSTMENT, BOUND_SLACK
    for (position, coverage), intent_fit in zip(shortlist, intent_fits, strict=True):
        terms = phrasing_terms[position]
        # Summed as sum() would, in the same order from 0.0: the same float, without making
        # a list for the four or five words a question has.
        shared = 0.0
        for term, weight in known:
            if term in terms:
                shared += weight
        f1 = min(1.0, f1_scale * shared / (beta2 * lightest[position] + mass))
        closeness = weight_coverage * coverage + weight_phrasing * f1 + most_similar
        closeness += adjustment[intent_fit]
        # A question naming no number lacks none: the empty set is in every fact's terms.
        if numbers and _number_mismatch(numbers, fact_terms[position], answer_numbers, position):
            closeness -= NUMBER_MISMATCH_PENALTY
        on_topic = min(1.0, coverage / topic_share) if topic_share > 0 else coverage
        topic = weight_coverage * on_topic + weight_phrasing * f1 + most_similar
        closest.append(max(0.0, min(1.0, closeness)) + slack)
        closest_on_topic.append(max(0.0, min(1.0, topic)) + slack)
    return Bounds(closest, closest_on_topic)


def _ranked(
    index: FactIndex, shortlist: Sequence[tuple[int, float]], query: _Query
) -> RankedCandidates:
    """The shortlisted facts (position, coverage) best first, each one's evidence worked out
    when it is read."""
    evidence_of = _evidence_of(index, query)
    intent_fits = _intent_fits(index, query, shortlist)

    def work_out(at: int) -> Candidate:
        position, coverage = shortlist[at]
        evidence = evidence_of(position, coverage, intent_fits[at])
        return Candidate(position, evidence, evidence.rank_score)

    return RankedCandidates(
        [position for position, _ in shortlist],
        _bounds(index, query, shortlist, intent_fits),
        work_out,
    )


def missing_from(
    index: FactIndex, question: Question, position: int, named: frozenset[str] = frozenset()
) -> str | None:
    """What the fact at `position` does not give that the question asks (a part of a group,
    a kind, a place, a period ...), judged as for the matcher's candidates but for what a
    count is of, whose reading from the question is left to the matcher ("how many kids
    went" is read as counting "went"). Words in `named` are taken as given."""
    # Only what the question says it asks about is compared: its words need no correcting.
    asked = _asked_terms(index, question)
    return what_is_missing(
        question,
        index.profiles[position],
        index.fact_terms[position],
        tuple((term, phrase) for term, phrase in asked.kinds if term not in named),
        frozenset(),
        asked.possessed - named,
        asked.subgroup - named,
        asked.measure - named,
        asked.share - named,
        asked.lacked - named,
    )


@dataclass(frozen=True, slots=True)
class Ranking:
    question: Question
    candidates: RankedCandidates  # best first
    corrected: tuple[str, ...]  # terms that were typo-corrected
    # The facts giving a part of a written answer (its date, its minister) not asked for:
    # read when needed (most answered questions never need it).
    unasked: Callable[[], frozenset[int]] = frozenset


def _shortlist(index: FactIndex, terms: Sequence[str], mass: float) -> list[tuple[int, float]]:
    """The CANDIDATES facts with the most coverage of the question, best first, as
    (position, coverage); ties in the order the facts are first reached (terms in question
    order, facts in base order).

    Exact, but without scoring every fact that shares a common word ("department" is in
    every quote): posting lists are merged rarest first, and once the CANDIDATES-th best
    score so far beats anything the words not yet merged could give a fact on their own,
    no fact outside the merged lists can make the shortlist.
    """
    present = sorted((term for term in terms if term in index.postings), key=_posting_size(index))
    if sum(map(_posting_size(index), present)) <= DIRECT_MERGE:
        return _merge_all(index, terms, mass)  # pruning would cost more than it saves
    # A word's most a fact can gain from it: its weight at the heaviest field weight.
    bound = {term: index.weight(term) * MAX_FIELD_WEIGHT / mass for term in present}
    partial: dict[int, float] = defaultdict(float)  # coverage from the words merged so far
    for merged, term in enumerate(present[:-1], start=1):
        share = index.weight(term) / mass
        for position, field_weight in index.postings[term].items():
            partial[position] += share * field_weight
        if len(partial) < CANDIDATES:
            continue
        unmerged = sum(bound[rest] for rest in present[merged:])
        floor = heapq.nlargest(CANDIDATES, partial.values())[-1]
        if floor > unmerged + BOUND_SLACK:
            # Only facts that can still reach the floor need their exact coverage.
            reached = [p for p, score in partial.items() if score + unmerged + BOUND_SLACK >= floor]
            return _shortlist_among(index, terms, reached, mass)
    return _merge_all(index, terms, mass)


def _merge_all(index: FactIndex, terms: Sequence[str], mass: float) -> list[tuple[int, float]]:
    """Every fact sharing a word with the question, scored; the CANDIDATES best, first."""
    coverage: dict[int, float] = {}
    so_far, postings = coverage.get, index.postings
    for term in terms:
        posting = postings.get(term)
        if posting is None:
            continue
        weight = index.weight(term)
        if not coverage:
            # The first word's facts, in one go: nothing to add to yet (0.0 + x is x).
            coverage = {p: weight * field_weight / mass for p, field_weight in posting.items()}
            so_far = coverage.get
            continue
        for position, field_weight in posting.items():
            coverage[position] = so_far(position, 0.0) + weight * field_weight / mass
    # Like a stable sort: equal scores keep the order the facts were reached in.
    if len(coverage) <= SORT_ALL:
        return sorted(coverage.items(), key=itemgetter(1), reverse=True)[:CANDIDATES]
    return heapq.nlargest(CANDIDATES, coverage.items(), key=itemgetter(1))


def _posting_size(index: FactIndex) -> Callable[[str], int]:
    return lambda term: len(index.postings[term])


def _shortlist_among(
    index: FactIndex, terms: Sequence[str], positions: Iterable[int], mass: float
) -> list[tuple[int, float]]:
    """The shortlist among `positions`: the coverage of each, summed in question order (so
    every fact scores exactly as when all posting lists are merged), the CANDIDATES best
    first."""
    coverage = dict.fromkeys(positions, 0.0)
    # The first word that reaches a fact: ties go to the fact reached first.
    first: dict[int, int] = {}
    for number, term in enumerate(terms):
        posting = index.postings.get(term)
        if posting is None:
            continue
        weight = index.weight(term)
        # Walk whichever is shorter, the word's posting list or the facts to score.
        if len(posting) < len(coverage):
            pairs = [(p, w) for p, w in posting.items() if p in coverage]
        else:
            pairs = [(p, posting[p]) for p in coverage if p in posting]
        for position, field_weight in pairs:
            coverage[position] += weight * field_weight / mass
            first.setdefault(position, number)
    ranked = [(-score, first[position], position) for position, score in coverage.items()]
    best = (
        sorted(ranked)[:CANDIDATES]
        if len(ranked) <= SORT_ALL
        else heapq.nsmallest(CANDIDATES, ranked)
    )
    return [(position, -negative) for negative, _, position in best]


# Words that only say an amount of money is asked ("how much is PINS worth?"): the intent, not
# the topic. A fact whose curated phrasing happens to say "worth" is no nearer for it.
AMOUNT_WORDS = frozenset({"worth", "value", "valued"})


def _topic_words(question: Question) -> Sequence[str]:
    if question.intent is not Intent.AMOUNT:
        return question.words
    return [word for word in question.words if word not in AMOUNT_WORDS] or question.words


# Words that ask about the question an MP or peer put, not about its subject.
ASKING_WORDS = frozenset(
    """ask asked asking asks question questions pq pqs mp mps member members peer peers lord
    lords baroness wording worded word tabled raised raise wanted enquire enquired replying
    responding""".split()
)
# ... and about the written answer itself: who gave it, when, for which department.
ANSWER_WORDS = frozenset(
    """answer answered answers answering reply replied replies respond responded response
    minister ministers department dept dfe published publish date dated""".split()
)


def restates_a_question(fact: Fact) -> bool:
    """A fact quoting the question put ("To ask the Secretary of State ..."): it says what
    was asked, never what the answer is."""
    return fact.quote[:6].lower() == "to ask"


def _beside_the_point(index: FactIndex, position: int, question: Question) -> bool:
    """A fact quoting the question put, for a question about its subject: it says what was
    asked, not the answer; unless it gives a figure of the kind asked for (a question may date
    the report it asks about: "published on 10 December 2024")."""
    if position not in index.restating:
        return False
    fact = index.facts[position]
    return not any(question.intent in INTENTS_OF_FIGURE[figure.kind] for figure in fact.figures)


def _not_about_the_answer(question: Question) -> bool:
    return ANSWER_WORDS.isdisjoint(question.words) and question.intent not in (
        Intent.DATE,
        Intent.PERSON,
        Intent.START,
    )


def _about_the_asking(question: Question) -> bool:
    return question.intent is Intent.ASKER or not ASKING_WORDS.isdisjoint(question.words)


def _only_about_the_document(fact: Fact, question: Question) -> bool:
    """A fact about a written answer itself (when it was asked, who answered) shown as related
    information to a question about neither: it tells the asker nothing they asked about."""
    return (
        "document" in fact.tags
        and not _about_the_asking(question)
        and _not_about_the_answer(question)
    )


def rank(index: FactIndex, text: str, question: Question | None = None) -> Ranking:
    """The facts that might answer, best first, with the evidence for each. `question` is
    `text` analysed, when the caller has analysed it already."""
    question = analyse(text) if question is None else question
    if not question.is_question:
        return Ranking(question, RankedCandidates.none(), ())
    terms, corrected = _query_terms(index, _topic_words(question))
    if not terms:
        return Ranking(question, RankedCandidates.none(), tuple(corrected))
    query = _query(index, question, terms)
    shortlist = _shortlist(index, terms, query.mass)
    if not _about_the_asking(question):
        shortlist = [(p, c) for p, c in shortlist if not _beside_the_point(index, p, question)]
    candidates = _ranked(index, shortlist, query)
    unasked = partial(_unasked_parts, index, candidates.positions, question, text, terms)
    if candidates and DOCUMENT_TAG in index.facts[candidates[0].position].tags:
        # Only a part of a written answer that was asked for is put first.
        read = unasked()
        candidates = _first_asked_on_top(candidates, read)
        unasked = partial(frozenset, read)
    if claims_record(question):
        _record_on_top(index, candidates)
    if candidates and (asked := details_asked(question.text)):
        _all_asked_on_top(index, asked, candidates)
    return Ranking(question, candidates, tuple(corrected), unasked)


def _unasked_parts(
    index: FactIndex,
    positions: Sequence[int],
    question: Question,
    text: str,
    terms: list[str],
) -> frozenset[int]:
    """The candidates giving a part of a written answer itself that the question does not ask
    for; what it asks of an answer is read only when there is such a candidate."""
    documents = [position for position in positions if DOCUMENT_TAG in index.facts[position].tags]
    if not documents:
        return frozenset()
    asked = asked_of_answer(question, _asking_words(index, text, terms))
    return frozenset(position for position in documents if misfits(asked, index.facts[position]))


def _first_asked_on_top(candidates: RankedCandidates, unasked: frozenset[int]) -> RankedCandidates:
    """A part of a written answer itself (its date, its minister) that the question does not
    ask for is never the answer, nor the related fact; it stays a competitor below the first,
    so that the fact put first is no surer than before it was passed over."""
    if candidates.bring_first(lambda candidate: candidate.position not in unasked):
        return candidates
    return RankedCandidates.none()


def _record_on_top(index: FactIndex, candidates: RankedCandidates) -> None:
    """ "More than ever?" checks a record: a fact that says so comes before a figure that
    does not, however alike their words."""
    candidates.bring_first(lambda candidate: says_record(index.facts[candidate.position]))


# How far below the top fact a fact giving every detail asked together may rank and still be
# put first: as far as the words of a one-detail fact's phrasings can lift it.
ASKED_TOGETHER_REACH = 0.2


def _all_asked_on_top(
    index: FactIndex, asked: frozenset[Detail], candidates: RankedCandidates
) -> None:
    """ "When did it launch and how big is it?": the top fact gives one of the details asked
    and a close fact gives them all, so it comes first."""
    if gives_all(asked, index.facts[candidates[0].position]):
        return
    floor = candidates[0].rank_score - ASKED_TOGETHER_REACH
    for candidate in candidates:
        if candidate.rank_score < floor:
            return
        evidence = candidate.evidence
        if (
            evidence.missing is None
            and evidence.intent_fit != -1
            and gives_all(asked, index.facts[candidate.position])
        ):
            candidates.bring_first(lambda other: other is candidate)  # noqa: B023
            return


def _figures_given(fact: Fact) -> frozenset[tuple[FigureKind, int | float | str]]:
    return frozenset((f.kind, f.value) for f in fact.figures if f.kind is not FigureKind.DATE)


def margin_of(candidates: Sequence[Candidate], facts: Sequence[Fact] = ()) -> float:
    """How far the top fact leads the next one that would answer differently. Two written
    answers repeating the same figures are one answer to the question, not rivals: the next
    fact that gives other figures sets the margin."""
    if not candidates:
        return 0.0
    given = _figures_given(facts[candidates[0].position]) if facts else frozenset()
    # Only the first rival counts: the others' figures are never compared.
    rival = next(
        (
            c
            for c in islice(candidates, 1, None)
            if not given or _figures_given(facts[c.position]) != given
        ),
        None,
    )
    second = rival.rank_score if rival else 0.0
    return candidates[0].rank_score - second


def _offered(
    index: FactIndex,
    candidates: RankedCandidates,
    ceiling: float,
    leave_out: Candidate | None = None,
) -> tuple[ScoredFact, ...]:
    """The closest facts worth offering, chosen by how close they are and shown with the same
    calibrated probability as the reply (judged with their negative margin to the top one),
    never above the reply's own."""
    best_rank = candidates[0].rank_score
    offered: list[ScoredFact] = []
    for candidate in candidates.reaching(SUGGESTION_FLOOR):
        if candidate is leave_out or candidate.evidence.closeness < SUGGESTION_FLOOR:
            continue
        first = candidate is candidates[0]
        margin = margin_of(candidates, index.facts) if first else candidate.rank_score - best_rank
        probability = min(ceiling, answer_probability(candidate.evidence, margin))
        lacks_detail = candidate.evidence.missing is not None
        fact = index.facts[candidate.position]
        offered.append(ScoredFact(fact, round(probability, 4), lacks_detail))
        if len(offered) == MAX_SUGGESTIONS:
            # Stopped here, not when the next one is read: finding which candidate ranks
            # next would work out the evidence of every candidate that might.
            break
    return tuple(offered)


def _topic_ruled_out(index: FactIndex, question: Question, candidates: RankedCandidates) -> bool:
    """The fact the question is most about gives the kind of detail asked for, but not for
    what was asked (a place, a period, a group): another fact is not the answer just because
    that one was ruled out. (One that gives another kind of detail, a date for a count, or a
    count of something else, schools for "how many places", is.) Another answer's words for
    the top fact's own figure rule nothing out: "60% over five years" lacks the year counted
    from, which "60% from the 2019/20 allocations" gives."""
    top_topic = candidates[0].evidence.topic_rank_score
    top = index.facts[candidates[0].position]
    return any(
        candidate.evidence.missing is not None
        and candidate.evidence.intent_fit != -1
        and candidate.evidence.topic_rank_score > top_topic
        and not _counts_only_another_thing(index, question, candidate)
        and not _restates(index.facts[candidate.position], top)
        for candidate in candidates.topic_rivals(top_topic)
    )


def _counts_only_another_thing(index: FactIndex, question: Question, candidate: Candidate) -> bool:
    """All the candidate lacks is that it counts something other than what was asked."""
    other = counts_another_thing(
        question, index.profiles[candidate.position], _subject_terms(index, question)
    )
    return other is not None and other == candidate.evidence.missing


def _restates(fact: Fact, other: Fact) -> bool:
    """`fact` gives the same figure of the same measure as `other`, in its own words."""
    figure, given = fact.measured, other.measured
    return (
        fact.measure is not None
        and fact.measure == other.measure
        and figure is not None
        and given is not None
        and (figure.kind, figure.value) == (given.kind, given.value)
    )


def _of_those_without(index: FactIndex, question: Question, candidate: Candidate) -> bool:
    """The question is about people lacking something ("16-24s with no EHC plan") and the
    fact is about those without it: the facts about those with it, ruled out for that, are
    not what the question is more about."""
    lacked = _said_terms(index, question.lacked)
    return bool(lacked) and lacked <= index.profiles[candidate.position].without_terms


# How much nearer a fact that counts the nearest thing to what was asked ("opened" for
# "completed") is, when choosing the related fact to show.
NEAR_ROLE_BONUS = 0.15


def _near_role_bonus(index: FactIndex, question: Question, position: int) -> float:
    """What choosing the related fact adds to the topic rank score of the fact at `position`."""
    return NEAR_ROLE_BONUS if nearest_role(question, index.profiles[position]) else 0.0


def match(
    index: FactIndex, text: str, question: Question | None = None, ranking: Ranking | None = None
) -> MatchResult:
    """`question` is `text` analysed and `ranking` it ranked, when the caller has them already
    (a ranking is never changed once made, so one serves every use of the same text)."""
    ranking = rank(index, text, question) if ranking is None else ranking
    result = _matched(index, text, ranking)
    return _claim_checked(index, text, ranking, result) or result


def _matched(index: FactIndex, text: str, ranking: Ranking) -> MatchResult:
    """The ranking's outcome, then each rule that may answer what it did not, in turn."""
    result = _decide(index, text, ranking)
    if result.outcome is Outcome.ANSWERED:
        result = _story_led(index, text, ranking, result) or result
    if result.outcome is not Outcome.ANSWERED and ranking.question.is_question:
        result = _spelling_out(index, text, ranking.question, ranking.candidates) or result
    if result.outcome is not Outcome.ANSWERED and ranking.candidates:
        result = _part_of_the_answer(index, text, ranking) or result
    if ranking.candidates and not _gives_department(result):
        result = _department_put_to(index, text, ranking) or result
    if result.outcome is not Outcome.ANSWERED and ranking.candidates:
        result = _without_statements(index, text, ranking, result.outcome) or result
    if result.outcome is not Outcome.ANSWERED and ranking.candidates:
        result = _pointed_back(index, text, ranking) or result
    return _which_answer(index, ranking.question, result)


# How far down the ranking the fact giving the kind of figure a question checks may be: the
# figure checked, said by another fact ("31" of a date, "8" of "8 February"), may lift that one.
CLAIM_RIVALS = 3


def _claim_checked(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'is the plan backed by £8 billion?', 'are 50 councils in the change programme?': a
    question checking a figure that the fact it was answered with (if any) does not give is
    answered as if it asked for that figure ("are how many councils in the change programme"),
    with a fact among the first few that gives that kind of figure; its reply shows the real
    one. Not when the answer already gives every figure checked."""
    question = ranking.question
    if not ranking.candidates or not checks_a_figure(question.checking, question.words):
        return None
    asked = asking_text(text)
    stated = claims(asked)
    if not stated:
        return None
    if result.answered and result.best and all(gives(result.best.fact, c) for c in stated):
        return None
    decided: dict[str, MatchResult] = {}  # facts lacking the same claims share one rewording
    for candidate in ranking.candidates[:CLAIM_RIVALS]:
        fact = index.facts[candidate.position]
        reworded = asked_of(fact, asked, stated)
        if reworded is None:
            continue
        if reworded not in decided:
            decided[reworded] = _decide(index, reworded, rank(index, reworded))
        alone = decided[reworded]
        if alone.answered and alone.best is not None and alone.best.fact is fact:
            return _which_answer(index, question, replace(alone, question=text))
    return None


def _which_answer(index: FactIndex, question: Question, result: MatchResult) -> MatchResult:
    """'what date was the question asked?' over several written answers: which answer's is
    not said, so none is given; the closest answers' are offered instead, and what the newest
    gives is said. Also when, unsure which answer's minister is meant, it was declined."""
    best = result.best
    if best is None or result.outcome is Outcome.PARTIAL:
        return result
    if not result.answered and (result.missing or not asks_its_part(question, best.fact)):
        return result
    could_mean = answers_it_could_mean(index.facts, best.fact, question)
    if not could_mean:
        return result
    offered = tuple(ScoredFact(fact, best.score) for fact in could_mean[:MAX_SUGGESTIONS])
    return replace(
        result,
        outcome=Outcome.DECLINED,
        best=None,
        suggestions=offered,
        missing=which_one_text(could_mean),
    )


# How sure an answer from a message's asking clauses alone must be to stand against the whole
# message's: sure enough that the story's words, not the question, put another fact first.
SURE_ALONE = 0.95


def _story_led(
    index: FactIndex, text: str, ranking: Ranking, result: MatchResult
) -> MatchResult | None:
    """'parent here reading about autism training for staff, when did the improvement plan
    come out?': a message that only says who is asking besides its question, answered with a
    fact its self-description led to, is answered as its asking clauses alone answer it, when
    they do so surely, with a fact the whole message ranks second and that lacks nothing it
    says."""
    asked = asking_text(text)
    if asked == text or result.best is None or not told_only_who_asks(text):
        return None
    found = _answered_alone(index, asked)
    if found is None:
        return None
    alone, fact = found
    if fact is result.best.fact or alone.confidence < SURE_ALONE:
        return None
    near = _near_the_top(index, ranking, fact, STORY_RIVALS)
    return _for_the_message(alone, text, near)


# How far down the whole message's ranking the fact its resolved asking clauses answer with
# may be.
RESOLVED_RIVALS = 3


def _pointed_back(index: FactIndex, text: str, ranking: Ranking) -> MatchResult | None:
    """'my son's college mentioned supported internships, how much goes into them?': asking
    clauses that point back at a topic only the story names are answered as if they named it,
    the story's other words (who tells it, about whom, where) left out; when they answer with
    a fact the whole message ranks near the top."""
    found = pointed_back(text)
    if found is None:
        return None
    # The story's words that name something the facts the whole message ranks first speak of
    # ("PINS" in "his school has just joined PINS"), not what happened to the asker; and those
    # the sources never use ("its feedback loop"), which no fact answers.
    near = ranking.candidates[:RESOLVED_RIVALS]
    topic = [
        term
        for term in dict.fromkeys(index.normaliser.terms(found.story))
        if term not in COMMON_WORDS
        and (
            term not in index.idf
            or any(term in index.fact_terms[candidate.position] for candidate in near)
        )
    ]
    if not topic:
        return None
    resolved = found.naming(" ".join(topic))
    answered = _answered_alone(index, resolved)
    if answered is None:
        return None
    alone, fact = answered
    if DOCUMENT_TAG in fact.tags:
        return None
    # A sum or year the story names that the fact does not give ("the £1bn" is not £10.5
    # billion), or what the whole message says that the fact lacks (a place, a group), rules it
    # out.
    numbers = frozenset(index.normaliser.terms(found.numbers))
    giving = _near_the_top(index, ranking, fact, RESOLVED_RIVALS)
    if giving is None or not numbers <= index.fact_terms[giving.position]:
        return None
    return _for_the_message(alone, text, giving)


# How far down the whole message's ranking the fact its asking clauses alone answer with may
# be: the story around a question dilutes its evidence, and its words may lead to another fact.
STORY_RIVALS = 2


def _without_statements(
    index: FactIndex, text: str, ranking: Ranking, outcome: Outcome
) -> MatchResult | None:
    """A long message whose statements ("im a SENCO and want to quote this in a report",
    "we've waited 14 months for an EP assessment") only dilute its question: answered from its
    asking clauses alone, when they answer with a fact the whole message ranks near the top
    and which gives everything the whole message asks."""
    asked = asking_text(text)
    if asked == text:
        return None
    found = _answered_alone(index, asked)
    if found is None:
        return None
    alone, fact = found
    # A message that gets a partial reply said something the fact ranked first lacks ("my
    # lad's got an EHCP, can he do a supported internship?"): only that fact, if it lacks
    # nothing, may answer; another would answer a question without what was said.
    rivals = STORY_RIVALS if outcome is Outcome.DECLINED else 1
    if DOCUMENT_TAG in fact.tags:
        # A written answer's own record (who answered, when) only as the first fact of a whole
        # message that nothing else answers: "when will they say where the new schools will
        # be?" does not ask when the answer was given.
        if outcome is not Outcome.DECLINED:
            return None
        # Unless the asking clauses alone ask for it surely, and the story ("tracking how slow
        # the DfE is at replying") put another part of the record first.
        rivals = STORY_RIVALS if alone.confidence >= SURE_ALONE else 1
    near = _near_the_top(index, ranking, fact, rivals)
    return _for_the_message(alone, text, near)


def _answered_alone(index: FactIndex, part: str) -> tuple[MatchResult, Fact] | None:
    """How a part of a message (its asking clauses) is answered on its own, and with which
    fact; None when on its own it is not answered."""
    alone = _decide(index, part, rank(index, part))
    if alone.outcome is not Outcome.ANSWERED or alone.best is None:
        return None
    return alone, alone.best.fact


def _near_the_top(index: FactIndex, ranking: Ranking, fact: Fact, rivals: int) -> Candidate | None:
    """The candidate giving `fact`, when the whole message ranks it among its first `rivals`."""
    for candidate in ranking.candidates[:rivals]:
        if index.facts[candidate.position] is fact:
            return candidate
    return None


def _for_the_message(alone: MatchResult, text: str, near: Candidate | None) -> MatchResult | None:
    """An answer worked out from part of a message (`alone`), given as the whole message's:
    only when the whole message ranks its fact near the top (`near`) lacking nothing it says."""
    if near is None or near.evidence.missing is not None:
        return None
    return replace(alone, question=text)


def _part_of_the_answer(index: FactIndex, text: str, ranking: Ranking) -> MatchResult | None:
    """'who answered this pq?', 'what date was the original question actually asked?': a
    question that names the written answer itself and asks for the part of it the top fact
    gives (its minister, a date, the question's text, the department) is answered with that
    part, however little else it shares with the fact's phrasings (a long message telling
    who is asking and why dilutes the evidence, not what is asked). Not when the topic it
    names is not in that written answer ("the question on school transport" is another one),
    nor a year it names, nor when it speaks of an answer to come, or another part it may
    equally ask for (or the same part of another written answer) is close behind."""
    question, candidates = ranking.question, ranking.candidates
    top = candidates[0]
    part = answer_part(index.facts[top.position])
    if part is None:
        return None
    asking = asking_text(text)
    # What the record "lacks" ("a figure for high needs block funding") is the topic naming
    # which written answer is meant, unless the asking itself names a place.
    if top.evidence.missing is not None and _places_asked(analyse(asking)):
        return None
    terms = corrected_terms(index, asking)
    said = frozenset((*words(asking), *terms))
    if not names_the_answer(said, part, question) or not _in_the_answer(index, top, terms):
        return None
    asked = asked_of_answer(question, said)
    if part not in asked.parts:
        return None
    unasked = ranking.unasked()
    for at, rival in enumerate(islice(candidates, 1, None), start=1):
        # Another part asked for close behind, or the same part of any other written answer
        # saying everything the question names too: which one is meant is for the evidence to
        # say. A written answer that does not say what the question names is not the one
        # meant, however alike its record's phrasings.
        other = answer_part(index.facts[rival.position])
        close = other is part or (at < PART_RIVALS and other in asked.parts)
        if close and rival.position not in unasked and _in_the_answer(index, rival, terms):
            return None
    return _judged_part(index, text, candidates, ranking.corrected, top)


def _judged_part(
    index: FactIndex,
    text: str,
    candidates: RankedCandidates,
    corrected: tuple[str, ...],
    chosen: Candidate,
) -> MatchResult | None:
    """`chosen`, a part of a written answer's record, as the answer on the part-asked verdict
    with the other candidates offered; None when that verdict's probability is too low."""
    evidence = answer_probability(chosen.evidence, margin_of(candidates, index.facts))
    judged = MatchResult(
        text,
        Outcome.ANSWERED,
        ScoredFact(index.facts[chosen.position], 0.0),
        (),
        corrected,
        evidence_confidence=evidence,
    ).judged(Verdict.ANSWER_PART)
    if judged.confidence < ANSWER_THRESHOLD:
        return None
    offered = _offered(index, candidates, judged.confidence, leave_out=chosen)
    return replace(judged, suggestions=offered)


# How far down the ranking the department a question was put to may be: the topic the message
# names, or its story ("my daughter's EHCP involves both health and education"), lifts facts
# naming departments above it.
DEPARTMENT_REACH = 3
# Cheap signs that a message may ask which department, before its words are read.
_DEPARTMENT_CUES = ("dep", "dept", "ministry", "dfe", "dhsc", " or ")


def _gives_department(result: MatchResult) -> bool:
    return (
        result.answered
        and result.best is not None
        and answer_part(result.best.fact) is AnswerPart.DEPARTMENT
    )


def _department_put_to(index: FactIndex, text: str, ranking: Ranking) -> MatchResult | None:
    """'which government department was this written question put to?', 'was this answer
    from the DfE or health?': the department a written answer records it was put to, when it
    is among the first few candidates, no other written answer's is (which one is meant is
    then for the ranking to say), and the question names nothing that written answer does not
    speak of."""
    lowered = text.lower()
    if not any(word in lowered for word in _DEPARTMENT_CUES) or not asks_which_department(
        fold_text(lowered)
    ):
        return None
    near = [
        candidate
        for candidate in ranking.candidates[:DEPARTMENT_REACH]
        if answer_part(index.facts[candidate.position]) is AnswerPart.DEPARTMENT
    ]
    if len(near) != 1:
        return None
    found = near[0]
    # "was the Lords question on the IFS report put to the DfE?" names another written answer.
    named = without_department_talk(fold_text(asking_text(text)))
    if not _in_the_answer(index, found, corrected_terms(index, named)):
        return None
    return _judged_part(index, text, ranking.candidates, ranking.corrected, found)


def _places_asked(question: Question) -> bool:
    return bool(question.places) or question.local


def _in_the_answer(index: FactIndex, candidate: Candidate, asking: Sequence[str]) -> bool:
    """Every word the asking clauses say, beyond those asking for a part of a written answer,
    is in the written answer the candidate is part of: "the question on school transport"
    is about another one, and so is one asked in a year this one does not give."""
    fact = index.facts[candidate.position]
    for term in asking:
        if term in STOPWORDS or term in COMMON_WORDS or term in PART_WORDS:
            continue
        if _YEAR_TERM.fullmatch(term):
            if not has_year(index.fact_terms[candidate.position], term):
                return False
        elif not _in_source(index, term, fact.source_id):
            return False
    return True


def _in_source(index: FactIndex, term: str, source_id: str) -> bool:
    return any(index.facts[at].source_id == source_id for at in index.postings.get(term, ()))


_YEAR_TERM = re.compile(r"(?:19|20)\d\d(?:_\d\d)?")


# How many candidates after the first may be another part of the answer asked for equally.
PART_RIVALS = 3


def _spelling_out(
    index: FactIndex, text: str, question: Question, candidates: RankedCandidates
) -> MatchResult | None:
    """'what does SEND stand for?', when no fact answers it otherwise: the fact whose quote
    first spells SEND out, in the source's own words."""
    if question.intent is not Intent.DEFINITION:
        return None
    # Where the sources first spell them out, as a reader meets them.
    position = spelling_out_all(
        acronyms_asked(question.text, question.subject, question.written, index.spelt_out),
        index.spelt_out,
    )
    if position is None:
        return None
    own = next((c for c in candidates if c.position == position), None)
    probability = answer_probability(own.evidence, 0.0) if own else 0.0
    # The quote itself says what the letters stand for: scored as such answers turn out to be.
    spelt = MatchResult(
        text,
        Outcome.ANSWERED,
        ScoredFact(index.facts[position], 0.0),
        (),
        evidence_confidence=probability,
    ).judged(Verdict.SPELT_OUT)
    if spelt.confidence < ANSWER_THRESHOLD:
        return None
    offered = _offered(index, candidates, spelt.confidence, leave_out=own) if candidates else ()
    return replace(spelt, suggestions=offered)


def _decide(index: FactIndex, text: str, ranking: Ranking) -> MatchResult:
    """The outcome of the ranking as it stands: the top fact as the answer, else a related
    fact as a partial reply, else a refusal (greetings and help by the message's kind)."""
    question, candidates = ranking.question, ranking.candidates
    if not question.is_question:
        return MatchResult(text, OUTCOME_OF_KIND[question.kind], None, (), kind=question.kind)
    if not candidates:
        return MatchResult(text, Outcome.DECLINED, None, (), ranking.corrected)
    top = candidates[0].evidence
    confidence = answer_probability(top, margin_of(candidates, index.facts))
    best = ScoredFact(index.facts[candidates[0].position], round(confidence, 4))
    # A rule's verdict, where it has one: the top fact cannot give what was asked, or it would
    # be answered but another fact the question is more about was ruled out.
    ruled_out = top.missing is not None or (
        confidence >= ANSWER_THRESHOLD
        and _topic_ruled_out(index, question, candidates)
        and not _of_those_without(index, question, candidates[0])
    )
    if not ruled_out and confidence >= ANSWER_THRESHOLD:
        return MatchResult(
            text,
            Outcome.ANSWERED,
            best,
            _offered(index, candidates, confidence, leave_out=candidates[0]),
            ranking.corrected,
            confidence,
            evidence_confidence=confidence,
        )
    related = _related_partial(index, text, ranking)
    if related is not None:
        return related
    declined = MatchResult(
        text,
        Outcome.DECLINED,
        best,
        _offered(index, candidates, confidence),
        ranking.corrected,
        confidence,
        evidence_confidence=confidence,
    )
    return declined.judged(Verdict.LACKS_DETAIL) if ruled_out else declined


def _related_partial(index: FactIndex, text: str, ranking: Ranking) -> MatchResult | None:
    """A fact that is on topic but cannot give what was asked ("in Devon", "which councils",
    "when does it end"), as related information, never as the answer; None when there is
    none close enough. The fact the question is about is judged on topic alone: asking for an
    end date must not make a different programme's end date look closer."""
    question, candidates = ranking.question, ranking.candidates
    scored = candidates.closest_on_topic(
        partial(_near_role_bonus, index, question), ranking.unasked()
    )
    related = scored[0][1]
    second = scored[1][0] if len(scored) > 1 else 0.0
    confidence = answer_probability(related.evidence.on_topic, scored[0][0] - second)
    if (
        related.evidence.missing is None
        or confidence < PARTIAL_THRESHOLD
        or _only_about_the_document(index.facts[related.position], question)
    ):
        return None
    # Shown because it is what the question is about; scored as what it is: a fact that does
    # not give what was asked.
    return MatchResult(
        text,
        Outcome.PARTIAL,
        ScoredFact(index.facts[related.position], confidence),
        _offered(index, candidates, confidence, leave_out=related),
        ranking.corrected,
        confidence,
        related.evidence.missing,
        evidence_confidence=confidence,
    ).judged(Verdict.LACKS_DETAIL)
