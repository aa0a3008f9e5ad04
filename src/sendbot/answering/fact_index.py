"""A knowledge base -> the index the matcher searches: each fact's weighted terms and phrasings."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import TypeVar

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from sendbot.answering.answer_parts import DOCUMENT_TAG, restates_a_question
from sendbot.answering.expansions import spelt_out
from sendbot.answering.fact_profile import FactProfile, names_with_years, one_copy_each, profile
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS, Normaliser, words
from sendbot.answering.spelling import Speller
from sendbot.knowledge.figures import MONTH_NAME_BY_NUMBER
from sendbot.knowledge.model import Fact, FigureKind, KnowledgeBase

# Bump when what build_index computes changes; compiled indexes saved by an older version are
# then rebuilt (the cache also notices any change to this package's code).
INDEX_VERSION = 9

FIELD_WEIGHTS = {
    "questions": 1.0,
    "title": 0.9,
    "tags": 0.8,
    "statement": 0.85,
    "figures": 0.8,
    "quote": 0.6,
}

MAX_FIELD_WEIGHT = max(FIELD_WEIGHTS.values())

# How much a word the knowledge base has never seen weighs, as a share of the rarest word's
# weight: everyday words ("reckon", "keeps") count for little, others fully against.
UNKNOWN_FACTOR = 0.8

GENERIC_FACTOR = 0.2

# Typos: one edit (a transposition counts as one) in words of 5-7 letters, two from 8 on.
# Shorter words are left alone: "task" is one edit from "ask".
MIN_TYPO_LENGTH = 5

LONG_WORD = 8

DIGIT = re.compile(r"\d")


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
    # The last word of a term the written answers are about, for the one such term it ends:
    # "plan" -> "improvement_plan" ("the plan" is the Improvement Plan).
    # ... with the words of every other term whose phrases hold it ("ehcp": "EHC plan").
    topic_heads: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # The words the base uses, as written: a question's misspellings are corrected to them.
    speller: Speller = field(default_factory=lambda: Speller.of(()))
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
    answers_terms = {
        file.source.id: frozenset(terms_of(f"{file.source.title} {file.source.question or ''}"))
        for file in kb.files
    }
    named_years = {
        file.source.id: names_with_years(f"{file.source.title}. {file.source.question or ''}")
        for file in kb.files
    }
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
            profile(
                fact,
                intent_of_text,
                terms_of,
                topics[fact.source_id],
                named_years[fact.source_id],
                answers_terms[fact.source_id],
            )
            for fact in facts
        ),
        spelt_out=spelt_out(facts),
        restating=frozenset(
            position for position, fact in enumerate(facts) if restates_a_question(fact)
        ),
        topic_heads=_topic_heads(topics.values(), normaliser),
        speller=Speller.of(_words_used(kb), _synonym_terms(kb)),
    )


def _words_used(kb: KnowledgeBase) -> Iterable[str]:
    """Every word the facts, the written answers' titles and questions and the synonyms use."""
    for fact in kb.facts:
        for texts in _fact_fields(fact).values():
            for text in texts:
                yield from words(text)
    for file in kb.files:
        yield from words(f"{file.source.title} {file.source.question or ''}")
    for group in kb.synonyms:
        for term in group:
            yield from words(term)


def _synonym_terms(kb: KnowledgeBase) -> Iterable[str]:
    """The synonyms' terms ("ey", "senco", "high needs"): the base's own names for things,
    which a question may run together ("eysenco", "highneeds")."""
    for group in kb.synonyms:
        yield from group


# "the school", "the year", "the people", "the children": the asker's own, not a topic's.
_ASKERS_OWN = frozenset({"school", "year", "people", "child", "council", "area", "family"})


def _topic_heads(
    topics: Iterable[frozenset[str]], normaliser: Normaliser
) -> dict[str, tuple[str, frozenset[str]]]:
    """The last word of each joined topic term ("improvement_plan") that ends no other one,
    with the stems of the other terms a phrase of theirs holds it in (of "ehcp", "ehc plan")
    and the first words of those phrases."""
    ends: dict[str, set[str]] = defaultdict(set)
    for term in frozenset().union(*topics):
        head = term.rsplit("_", 1)[-1]
        if "_" in term and head.isalpha() and head not in _ASKERS_OWN:
            ends[head].add(term)
    heads: dict[str, tuple[str, frozenset[str]]] = {}
    for head, terms in ends.items():
        if len(terms) != 1:
            continue
        topic = next(iter(terms))
        others = {
            word
            for phrase, canonical in normaliser.phrases.items()
            if head in phrase and canonical != topic
            for word in (canonical, *phrase)
            if word != head and word not in STOPWORDS
        }
        heads[head] = (topic, frozenset(others))
    return heads


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

NO_PHRASINGS: frozenset[int] = frozenset()


def _why_or_how_phrasings(
    texts: Sequence[str], intent_of_text: Callable[[str], Intent]
) -> frozenset[int]:
    """The numbers of the phrasings asking why or how, not whether."""
    asking = frozenset(
        number
        for number, text in enumerate(texts)
        if intent_of_text(text) in WHY_OR_HOW_INTENTS and not _asks_whether(text)
    )
    return asking or NO_PHRASINGS


def _asks_whether(text: str) -> bool:
    said = words(text)
    return bool(said) and said[0] in YES_NO_OPENINGS


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
            by_source[fact.source_id].update(filter(DIGIT.search, terms))
    return tuple(
        frozenset(by_source[fact.source_id])
        if not gives_a_figure(fact) and said[fact.source_id] <= ONE_TOPIC_FACTS
        else frozenset()
        for fact in facts
    )


_Value = TypeVar("_Value")

# How many indexes a `per_index` cache keeps: an index is replaced whole when the base changes.
INDEXES_KEPT = 4


def per_index(work_out: Callable[[FactIndex], _Value]) -> Callable[[FactIndex], _Value]:
    """`work_out`, run once per index, not once per question: what it gives is kept for the
    last few indexes (by identity, so a new index of a changed base is worked out afresh)."""
    kept: dict[int, tuple[FactIndex, _Value]] = {}

    @wraps(work_out)
    def once(index: FactIndex) -> _Value:
        found = kept.get(id(index))
        if found is not None and found[0] is index:
            return found[1]
        value = work_out(index)
        while len(kept) >= INDEXES_KEPT:
            del kept[next(iter(kept))]
        kept[id(index)] = (index, value)
        return value

    return once


def gives_a_figure(fact: Fact) -> bool:
    """A figure other than a date: a count, sum or share (not only "asked on 2 June")."""
    return any(figure.kind is not FigureKind.DATE for figure in fact.figures)


def _terms_by_fact(weights: dict[str, dict[int, float]], count: int) -> list[set[str]]:
    by_fact: list[set[str]] = [set() for _ in range(count)]
    for term, owners in weights.items():
        for position in owners:
            by_fact[position].add(term)
    return by_fact
