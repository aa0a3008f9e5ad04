"""Plain, immutable values describing a knowledge base. No I/O, no validation logic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

# The tag of a record of a written answer itself (who answered it, when, what it asked), not
# of what the answer says: drafted by knowledge.document_records, read by the answering layer.
DOCUMENT_TAG = "document"


class FigureKind(StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Figure:
    """One number a fact rests on, as it appears in the fact's quote."""

    value: int | float | str
    kind: FigureKind
    label: str
    unit: str | None = None
    qualifier: str | None = None
    role: str | None = None  # what the figure counts or dates: opened, launched, ends, ...


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    role: str | None = None  # left out when the document cannot tell the office held then


@dataclass(frozen=True, slots=True)
class Source:
    """The document facts are quoted from, with the metadata a citation needs."""

    id: str
    title: str
    kind: str
    department: str
    answered: dt.date
    answered_by: Speaker
    licence: str
    document: str
    text: str
    question: str | None = None
    asked: dt.date | None = None
    url: str | None = None
    # The line of `id` in its file, for messages about it; not part of the source's value.
    id_line: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    statement: str
    quote: str
    questions: tuple[str, ...]
    as_of: dt.date
    source_id: str
    title: str | None = None
    tags: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    place: str | None = None  # the area the fact covers; None: its source's (England)
    # Facts reporting the same measure share this key; `period` is what the figure is for.
    measure: str | None = None
    period: str | None = None
    # Facts of different written answers giving each answer's word on the same topic, where
    # that word is a statement, not one figure (demand for special school places will go on
    # rising; the white paper comes early in the new year): the newest answer's is the latest.
    topic: str | None = None
    # The lines of `id`, `measure`, `topic` and each question in its file, for messages about
    # them; not part of the fact's value.
    id_line: int | None = field(default=None, compare=False, repr=False)
    measure_line: int | None = field(default=None, compare=False, repr=False)
    topic_line: int | None = field(default=None, compare=False, repr=False)
    question_lines: tuple[int | None, ...] = field(default=(), compare=False, repr=False)

    @property
    def label(self) -> str:
        """A short name for lists and autocomplete."""
        return self.title or self.statement

    @property
    def measured(self) -> Figure | None:
        """The figure a fact with a measure reports: its first figure that is not a date."""
        return next((figure for figure in self.figures if figure.kind is not FigureKind.DATE), None)


@dataclass(frozen=True, slots=True)
class KnowledgeFile:
    """One YAML file: a source and the facts quoted from it."""

    path: str
    source: Source
    facts: tuple[Fact, ...]
    revision: int = 0


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    files: tuple[KnowledgeFile, ...]
    synonyms: tuple[tuple[str, ...], ...] = ()
    _facts_by_id: Mapping[str, Fact] = field(init=False, repr=False, compare=False)
    _sources_by_id: Mapping[str, Source] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        facts = {fact.id: fact for file in self.files for fact in file.facts}
        sources = {file.source.id: file.source for file in self.files}
        object.__setattr__(self, "_facts_by_id", facts)
        object.__setattr__(self, "_sources_by_id", sources)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(self._facts_by_id.values())

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(self._sources_by_id.values())

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts_by_id.get(fact_id)

    def source(self, source_id: str) -> Source | None:
        return self._sources_by_id.get(source_id)

    def source_of(self, fact: Fact) -> Source:
        return self._sources_by_id[fact.source_id]

    def fact_count(self, source_id: str) -> int:
        """How many facts are quoted from the source."""
        return sum(1 for fact in self if fact.source_id == source_id)

    def tags(self) -> list[str]:
        return sorted({tag for fact in self.facts for tag in fact.tags})

    def __iter__(self) -> Iterator[Fact]:
        return iter(self._facts_by_id.values())

    def __len__(self) -> int:
        return len(self._facts_by_id)
