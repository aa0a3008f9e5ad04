"""What answering needs to know about a base's measures, worked out once per index: each
measure's facts newest first, its name's words as the matcher folds them, where each fact sits.
Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sendbot.answering.fact_index import per_index
from sendbot.answering.intent import Intent
from sendbot.knowledge.measures import history, measure_names
from sendbot.knowledge.model import Fact, FigureKind

if TYPE_CHECKING:  # match imports record_claims, which reads this table: types only here
    from sendbot.answering.fact_index import FactIndex

# Words that say when, or that it is the national figure, not what: "the latest high needs
# budget", "how much is it now", "in England"; or where the asker met a figure ("I keep
# seeing 10.5bn quoted").
NEUTRAL_WORDS = """latest newest most recent recently current currently now today present moment
nowadays these days year years financial academic last this next previous coming following
figure figures number amount total overall level date update updates news old england
national nationally country send government stand stands still far roughly approximately
around quoted cited seeing heard"""
# Words that say neither what a figure counts nor of what: who gave it ("the rise the govt
# has announced"), and being at school ("children educated in special schools" are the
# children in special schools).
ASIDE_WORDS = "announced reported said says stated educated taught"
# Words of a measure's name that a question may leave out: "the high needs increase" is
# the high needs budget's; a special free school is a special school.
GENERIC_MEASURE_WORDS = "budget funding free"
# Words that say how many, not what is counted: "further special free schools approved".
QUANTITY_WORDS = "more extra further additional new total overall to be"

# What `named_measure` reads of a question (`asked_measure.reading_key`): its text, intent,
# years and whether it says "still"; the measure it names is kept by these.
NamedKey = tuple[str, Intent, tuple[str, ...], bool]


@dataclass(frozen=True, slots=True)
class MeasureTable:
    """What answering needs about a base's measures, worked out once per index."""

    histories: dict[str, tuple[Fact, ...]]  # measure -> its facts, newest period first
    terms: dict[str, frozenset[str]]  # measure -> its name's words as the matcher folds them
    # measure -> the sets of words that name it: its name's (a generic word left out), and
    # each of its facts' titles and figure labels, when every one of its facts says those words
    names: dict[str, tuple[frozenset[str], ...]]
    # word -> the measures one of whose `names` has it: only those can be named by a question
    # with that word (a measure with a name of no words is under every word's key "").
    named_by: dict[str, frozenset[str]]
    # measure -> every word that may name it: its names' words, their parts ("special" of
    # "special_school") and the words of their synonyms ("block" of "high needs block")
    naming_words: dict[str, frozenset[str]]
    positions: dict[str, int]  # fact id -> its position in the index
    kinds: dict[str, frozenset[FigureKind]]  # measure -> the kinds of figure its facts give
    # a question as `named_measure` reads it (`reading_key`) -> the measure it names, for the
    # last few
    named: dict[NamedKey, str | None]
    neutral: frozenset[str]  # NEUTRAL_WORDS, folded
    # Words only written answers' records say, in several answers ("wrote", "reply"): about
    # documents, no topic ("top-slicing", said by one answer's record, is a topic).
    record_only: frozenset[str]
    change: frozenset[str]  # "increase", folded
    aside: frozenset[str]  # ASIDE_WORDS, folded
    generic: frozenset[str]  # GENERIC_MEASURE_WORDS, folded


@per_index
def measure_table(index: FactIndex) -> MeasureTable:
    names = measure_names(index.kb)
    histories = {name: history(index.kb, name) for name in names}
    terms = {name: _folded_name(index, name) for name in names}
    generic = frozenset(index.normaliser.terms(GENERIC_MEASURE_WORDS))
    positions = {fact.id: position for position, fact in enumerate(index.facts)}
    naming = {
        name: _naming_sets(index, terms[name], histories[name], generic, positions)
        for name in names
    }
    table = MeasureTable(
        histories=histories,
        terms=terms,
        names=naming,
        named_by=_named_by(naming),
        naming_words={
            name: _naming_words(index, terms[name].union(*naming[name])) for name in names
        },
        positions=positions,
        kinds={
            name: frozenset(figure.kind for fact in histories[name] for figure in fact.figures)
            for name in names
        },
        named={},
        neutral=frozenset(index.normaliser.terms(NEUTRAL_WORDS)),
        record_only=_record_vocabulary(index),
        change=frozenset(index.normaliser.terms("increase")),
        aside=frozenset(index.normaliser.terms(ASIDE_WORDS)),
        generic=generic,
    )
    return table


def _naming_sets(
    index: FactIndex,
    name: frozenset[str],
    facts: tuple[Fact, ...],
    generic: frozenset[str],
    positions: dict[str, int],
) -> tuple[frozenset[str], ...]:
    """The sets of words a question may name a measure by: its name's (without a generic word
    when others are left: "high needs increase"), and each fact's title and figure label when
    every fact of the measure says those words ("total budget for schools" names the core
    schools budget; "as put in April 2025" names no measure)."""
    everywhere = frozenset.intersection(*(index.fact_terms[positions[fact.id]] for fact in facts))
    left_out = frozenset(index.normaliser.terms(f"{NEUTRAL_WORDS} {QUANTITY_WORDS}"))
    sets = {name - generic or name}
    for fact in facts:
        measured = fact.measured
        for text in filter(None, (fact.title, measured.label if measured else None)):
            said = frozenset(index.normaliser.terms(text)) - left_out
            said = frozenset(term for term in said if not _YEARISH.search(term))
            if said and said <= everywhere and said - generic:
                sets.add(said)
    return tuple(sorted(sets, key=lambda words: (-len(words), sorted(words))))


def _named_by(naming: dict[str, tuple[frozenset[str], ...]]) -> dict[str, frozenset[str]]:
    by_word: dict[str, set[str]] = {}
    for measure, sets in naming.items():
        for words in sets:
            for word in words or {""}:
                by_word.setdefault(word, set()).add(measure)
    return {word: frozenset(measures) for word, measures in by_word.items()}


def _naming_words(index: FactIndex, terms: frozenset[str]) -> frozenset[str]:
    parts = {part for term in terms for part in term.split("_")}
    synonyms = {
        word
        for phrase, canonical in index.normaliser.phrases.items()
        if canonical in terms
        for word in phrase
    }
    return terms | parts | synonyms


RECORD_VOCABULARY_SOURCES = 3


def _record_vocabulary(index: FactIndex) -> frozenset[str]:
    vocabulary = set()
    for term, postings in index.postings.items():
        facts = [index.facts[position] for position in postings]
        records = all("document" in fact.tags for fact in facts)
        if records and len({fact.source_id for fact in facts}) >= RECORD_VOCABULARY_SOURCES:
            vocabulary.add(term)
    return frozenset(vocabulary)


_YEARISH = re.compile(r"\d")


def _folded_name(index: FactIndex, measure: str) -> frozenset[str]:
    return frozenset(index.normaliser.terms(_SPLIT_KEY.sub(r"\1/\2", measure.replace("-", " "))))


def measure_terms(index: FactIndex, measure: str) -> frozenset[str]:
    """A measure key's words as the matcher folds them: "high-needs-budget" -> high_need, fund."""
    known = measure_table(index).terms.get(measure)
    return known if known is not None else _folded_name(index, measure)


_SPLIT_KEY = re.compile(r"\b((?:19|20)\d{2}) (\d{2})\b")


def neutral_terms(index: FactIndex) -> frozenset[str]:
    return measure_table(index).neutral


def position_of(index: FactIndex, fact: Fact) -> int:
    return measure_table(index).positions[fact.id]
