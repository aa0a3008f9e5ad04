"""Parsed YAML values <-> the knowledge model, checking every rule in knowledge/README.md.

Pure: the caller reads files and passes their text in. Every problem found is reported at
once, each with its file, line and field, so one `kb check` run shows everything to fix.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sendbot.knowledge import figures as figure_text
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeFile, Source, Speaker
from sendbot.knowledge.page_furniture import without_trailing_furniture
from sendbot.knowledge.periods import PERIOD_FORMS, parse_period
from sendbot.knowledge.verbatim import fold
from sendbot.knowledge.yamltext import LinedDict, LinedList

SLUG_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # lowercase words joined by hyphens: ids and tags
SLUG = re.compile(rf"^{SLUG_PATTERN}$")
DATE_VALUE = re.compile(r"^(?:19|20)\d{2}(?:/\d{2}|-\d{2}(?:-\d{2})?)?$")
# Discord would turn these into pings or links; a knowledge base never needs them.
MENTION = re.compile(r"@everyone|@here|<[@#][!&]?\d+>|<@&?\d*", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

MAX_LENGTH = {
    "title": 80,
    "statement": 300,
    "quote": 1000,
    "question": 200,
    "tag": 40,
    "label": 120,
    "unit": 60,
    "source_text": 2000,
}
MAX_QUESTIONS = 60
# A file's revision: a count of saved changes. Far beyond any real count, and small enough that
# a base of many files stays inside the state database's 64-bit integers.
MAX_REVISION = 10**12
MAX_TAGS = 20
MAX_FIGURES = 20

FILE_FIELDS = {"revision", "source", "facts"}
SOURCE_FIELDS = {
    "id",
    "title",
    "kind",
    "department",
    "question",
    "asked",
    "answered",
    "answered_by",
    "url",
    "licence",
    "document",
}
SPEAKER_FIELDS = {"name", "role"}
FACT_FIELDS = {
    "id",
    "title",
    "statement",
    "quote",
    "questions",
    "tags",
    "figures",
    "measure",
    "topic",
    "period",
    "as_of",
    "place",
}
FIGURE_FIELDS = {"value", "kind", "label", "unit", "qualifier", "role"}
QUALIFIERS = {"over", "up to", "about", "at least", "more than", "almost", "nearly", "under"}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FoldedDocument:
    """A source document folded as quotes are compared with it: whole, and without the page
    furniture after the answer."""

    whole: str
    before_furniture: str

    @classmethod
    def of(cls, document: str) -> FoldedDocument:
        return cls(fold(document), fold(without_trailing_furniture(document)))


class _Report:
    """Collects problems for one file, knowing the line of each field it is asked about."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, parent: object, key: object, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line_of(parent, key), field, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise KnowledgeError(self.problems)


def line_of(parent: object, key: object = None) -> int | None:
    """The line a key or item was on, else the line of its parent; None when unknown."""
    if isinstance(parent, LinedDict) and key in parent.lines:
        return parent.lines[key]
    if isinstance(parent, LinedList) and isinstance(key, int) and 0 <= key < len(parent.lines):
        return parent.lines[key]
    return getattr(parent, "line", None) or None


def _mapping(
    report: _Report,
    parent: object,
    key: object,
    value: object,
    field: str,
    allowed: set[str],
    holds: str = "",
) -> Mapping[str, Any] | None:
    """`value` as a mapping with only `allowed` keys; a whole file's says what it `holds`
    ("must be a mapping, not empty" told a new user nothing about an empty file)."""
    if not isinstance(value, dict):
        shape = f"must hold {holds}" if holds else "must be a mapping"
        report.add(parent, key, field, f"{shape}, not {_type_name(value)}")
        return None
    for unknown in sorted(set(map(str, value)) - allowed):
        report.add(
            value,
            unknown,
            f"{field}.{unknown}" if field else unknown,
            _unknown_field(unknown, allowed),
        )
    return value


def _unknown_field(name: str, allowed: set[str]) -> str:
    """'unknown field (did you mean statement?)' for a misspelt 'statment': the known field
    nearest in spelling, when one is near enough to be what was meant."""
    nearest = difflib.get_close_matches(name, sorted(allowed), n=1, cutoff=0.75)
    return f"unknown field (did you mean {nearest[0]}?)" if nearest else "unknown field"


def _type_name(value: object) -> str:
    if value is None:
        return "empty"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"  # not Python's "int"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(
        type(value).__mro__[-2] if type(value).__mro__[-2] is not object else type(value),
        type(value).__name__,
    )


def _text(
    report: _Report,
    data: Mapping[str, Any],
    key: str,
    field: str,
    *,
    required: bool = True,
    limit: int | None = None,
) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            report.add(data, key, field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        report.add(data, key, field, f"must be text, not {_type_name(value)}")
        return None
    text = str(value).strip()
    if required and not text:
        report.add(data, key, field, "must not be empty")
        return None
    if limit is not None and len(text) > limit:
        report.add(data, key, field, f"is {len(text)} characters; the limit is {limit}")
    for problem in text_problems(text):
        report.add(data, key, field, problem)
    return text


def text_problems(text: str) -> list[str]:
    """What makes any text field unusable whatever its length: one wording for a file checked
    and for a form checked before its file is built (a review's Edit)."""
    problems = []
    if CONTROL.search(text):
        problems.append("contains control characters")
    if MENTION.search(text):
        problems.append("contains a Discord mention (@everyone, @here or <@...>)")
    return problems


def has_words(question: str) -> bool:
    """Only emoji or punctuation: the matcher reads no words in it, so nobody's question could
    ever be answered through it."""
    return any(character.isalnum() for character in question)


def _date(
    report: _Report, data: Mapping[str, Any], key: str, field: str, *, required: bool = True
) -> dt.date | None:
    value = data.get(key)
    if value is None:
        if required:
            report.add(data, key, field, "is required")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    report.add(data, key, field, f"must be a date like 2024-02-08, not {value!r}")
    return None


def _slug(report: _Report, data: Mapping[str, Any], key: str, field: str) -> str | None:
    text = _text(report, data, key, field, limit=80)
    if text is not None and not SLUG.match(text):
        report.add(data, key, field, f"{text!r} must be lowercase letters, digits and hyphens")
        return None
    return text


def _list(
    report: _Report,
    data: Mapping[str, Any],
    key: str,
    field: str,
    item: Callable[[LinedList, int, str], T | None],
    *,
    limit: int,
    required: bool = False,
) -> tuple[T, ...]:
    value = data.get(key)
    if value is None or value == []:
        if required:
            report.add(data, key, field, "needs at least one entry")
        return ()
    if not isinstance(value, list):
        report.add(data, key, field, f"must be a list, not {_type_name(value)}")
        return ()
    if len(value) > limit:
        report.add(data, key, field, f"has {len(value)} entries; the limit is {limit}")
    items = value if isinstance(value, LinedList) else LinedList(value)
    parsed = (item(items, index, f"{field}[{index}]") for index in range(len(items)))
    return tuple(result for result in parsed if result is not None)


def _list_text(report: _Report, limit: int) -> Callable[[LinedList, int, str], str | None]:
    def item(items: LinedList, index: int, field: str) -> str | None:
        return _text(report, _Indexed(items), index, field, limit=limit)  # type: ignore[arg-type]

    return item


def _question(report: _Report, limit: int) -> Callable[[LinedList, int, str], str | None]:
    def item(items: LinedList, index: int, field: str) -> str | None:
        row = _Indexed(items)
        text = _text(report, row, index, field, limit=limit)  # type: ignore[arg-type]
        if text and not has_words(text):
            report.add(row, index, field, "has no words (letters or digits) to match")
            return None
        return text

    return item


class _Indexed(dict[Any, Any]):
    """Lets the text checks read a list item as if it were a mapping entry, keeping its line."""

    def __init__(self, items: LinedList) -> None:
        super().__init__(enumerate(items))
        self.line = items.line
        self.lines = dict(enumerate(getattr(items, "lines", [])))


def _figure(
    report: _Report, quote_figures: Sequence[figure_text.FoundFigure] | None
) -> Callable[[LinedList, int, str], Figure | None]:
    def item(items: LinedList, index: int, field: str) -> Figure | None:
        data = _mapping(report, items, index, items[index], field, FIGURE_FIELDS)
        if data is None:
            return None
        kind_text = _text(report, data, "kind", f"{field}.kind")
        label = _text(report, data, "label", f"{field}.label", limit=MAX_LENGTH["label"])
        unit = _text(report, data, "unit", f"{field}.unit", required=False, limit=60)
        qualifier = _text(report, data, "qualifier", f"{field}.qualifier", required=False)
        role = _text(report, data, "role", f"{field}.role", required=False, limit=40)
        if role and not SLUG.match(role):
            report.add(
                data, "role", f"{field}.role", "must be lowercase letters, digits and hyphens"
            )
        if qualifier and qualifier not in QUALIFIERS:
            report.add(
                data, "qualifier", f"{field}.qualifier", f"must be one of {_one_of(QUALIFIERS)}"
            )
        try:
            kind = FigureKind(kind_text) if kind_text else None
        except ValueError:
            report.add(data, "kind", f"{field}.kind", f"must be one of {_one_of(FigureKind)}")
            kind = None
        value = _figure_value(report, data, f"{field}.value", kind)
        if kind is None or value is None or label is None:
            return None
        if quote_figures is not None and not any(
            figure.kind is kind and figure_text.same_figure((kind, value), figure)
            for figure in quote_figures
        ):
            report.add(data, "value", f"{field}.value", f"{value!r} ({kind}) is not in the quote")
        return Figure(
            value=value,
            kind=kind,
            label=label,
            unit=unit,
            qualifier=qualifier or None,
            role=role or None,
        )

    return item


def _figure_value(
    report: _Report, data: Mapping[str, Any], field: str, kind: FigureKind | None
) -> int | float | str | None:
    value = data.get("value")
    if value is None:
        report.add(data, "value", field, "is required")
        return None
    if kind is FigureKind.DATE:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if not DATE_VALUE.match(text):
            report.add(
                data, "value", field, "a date value is like 2023, 2023-09, 2023-09-01 or 2024/25"
            )
            return None
        return text
    if isinstance(value, bool) or not isinstance(value, int | float):
        report.add(data, "value", field, f"must be a number, not {_type_name(value)}")
        return None
    return value


def _one_of(values: Iterable[object]) -> str:
    return ", ".join(sorted(str(value) for value in values))


def _speaker(report: _Report, data: Mapping[str, Any]) -> Speaker | None:
    block = _mapping(
        report, data, "answered_by", data.get("answered_by"), "source.answered_by", SPEAKER_FIELDS
    )
    if block is None:
        return None
    name = _text(report, block, "name", "source.answered_by.name", limit=200)
    # Optional: a page may show no role, or the member's later office rather than the one
    # held when answering; then the knowledge file leaves the role out.
    role = _text(report, block, "role", "source.answered_by.role", required=False, limit=300)
    return Speaker(name, role or None) if name else None


def document_path(data: object) -> str | None:
    """The source document a parsed knowledge file points at, if it names one."""
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        document = data["source"].get("document")
        return document if isinstance(document, str) and document.strip() else None
    return None


def _source(
    report: _Report, data: Mapping[str, Any], document_text: str | None, unread_document: str
) -> Source | None:
    block = _mapping(report, data, "source", data.get("source"), "source", SOURCE_FIELDS)
    if block is None:
        return None
    f = "source."
    source_id = _slug(report, block, "id", f + "id")
    title = _text(report, block, "title", f + "title", limit=200)
    kind = _text(report, block, "kind", f + "kind", limit=60)
    department = _text(report, block, "department", f + "department", limit=200)
    question = _text(report, block, "question", f + "question", required=False, limit=2000)
    asked = _date(report, block, "asked", f + "asked", required=False)
    answered = _date(report, block, "answered", f + "answered")
    speaker = _speaker(report, block)
    url = _text(report, block, "url", f + "url", required=False, limit=500)
    licence = _text(report, block, "licence", f + "licence", limit=200)
    document = _text(report, block, "document", f + "document", limit=300)
    if url and not url.startswith("https://"):
        report.add(block, "url", f + "url", "must start with https://")
    if asked and answered and asked > answered:
        report.add(block, "asked", f + "asked", f"{asked} is after the answer ({answered})")
    if document and document_text is None:
        report.add(block, "document", f + "document", f"{document} {unread_document}")
    values = (source_id, title, kind, department, answered, speaker, licence, document)
    if any(value is None for value in values) or document_text is None:
        return None
    return Source(
        id=source_id,  # type: ignore[arg-type]
        title=title,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        department=department,  # type: ignore[arg-type]
        answered=answered,  # type: ignore[arg-type]
        answered_by=speaker,  # type: ignore[arg-type]
        licence=licence,  # type: ignore[arg-type]
        document=document,  # type: ignore[arg-type]
        text=document_text,
        question=question or None,
        asked=asked,
        url=url or None,
        id_line=line_of(block, "id"),
    )


def _fact(
    report: _Report,
    facts: LinedList,
    index: int,
    source_id: str,
    folded_document: FoldedDocument | None,
) -> Fact | None:
    field = fact_field(facts[index], index)
    data = _mapping(report, facts, index, facts[index], field, FACT_FIELDS)
    if data is None:
        return None
    fact_id = _slug(report, data, "id", f"{field}.id")
    title = _text(
        report, data, "title", f"{field}.title", required=False, limit=MAX_LENGTH["title"]
    )
    statement = _text(
        report, data, "statement", f"{field}.statement", limit=MAX_LENGTH["statement"]
    )
    quote = _text(report, data, "quote", f"{field}.quote", limit=MAX_LENGTH["quote"])
    questions = _list(
        report,
        data,
        "questions",
        f"{field}.questions",
        _question(report, MAX_LENGTH["question"]),
        limit=MAX_QUESTIONS,
        required=True,
    )
    tags = _list(report, data, "tags", f"{field}.tags", _tag(report), limit=MAX_TAGS)
    as_of = _date(report, data, "as_of", f"{field}.as_of")
    measure = _optional_slug(report, data, "measure", f"{field}.measure")
    topic = _optional_slug(report, data, "topic", f"{field}.topic")
    period = _period(report, data, f"{field}.period")
    place = _text(report, data, "place", f"{field}.place", required=False, limit=80)

    quote_figures = None
    if quote is not None:
        quote_figures = figure_text.extract_figures(quote)
        if folded_document is not None:
            _check_quote_in(report, data, field, quote, folded_document)
    if statement is not None and quote is not None:
        for figure in figure_text.unbacked_figures(statement, quote):
            report.add(
                data,
                "statement",
                f"{field}.statement",
                # stripped: a figure's text may end in the space before a scale it looked for
                f"states {figure.text.strip()!r}, a figure the quote does not give",
            )
    figures = _list(
        report,
        data,
        "figures",
        f"{field}.figures",
        _figure(report, quote_figures),
        limit=MAX_FIGURES,
    )
    if measure is not None and not any(figure.kind is not FigureKind.DATE for figure in figures):
        report.add(
            data, "measure", f"{field}.measure", "needs a figure that is not a date to report"
        )
    if topic is not None and "document" in tags:
        report.add(
            data,
            "topic",
            f"{field}.topic",
            "is what an answer says on a topic: a record of the answer itself (tagged "
            "document) has none",
        )
    if fact_id is None or statement is None or quote is None or as_of is None or not questions:
        return None
    return Fact(
        id=fact_id,
        statement=statement,
        quote=quote,
        questions=questions,
        as_of=as_of,
        source_id=source_id,
        title=title or None,
        tags=tags,
        figures=figures,
        place=place or None,
        measure=measure,
        period=period,
        id_line=line_of(data, "id"),
        measure_line=line_of(data, "measure") if measure else None,
        topic=topic,
        topic_line=line_of(data, "topic") if topic else None,
        question_lines=tuple(line_of(data["questions"], n) for n in range(len(questions))),
    )


def _check_quote_in(
    report: _Report, data: object, field: str, quote: str, document: FoldedDocument
) -> None:
    """A quote must be the written answer's words: in the document, and not only in the lines
    the captured page adds after the answer ("Reticulating Splines"), which nobody said."""
    folded = fold(quote)
    if folded not in document.whole:
        report.add(data, "quote", f"{field}.quote", "not found verbatim in the source document")
    elif folded not in document.before_furniture:
        report.add(
            data,
            "quote",
            f"{field}.quote",
            "is page furniture after the written answer (a loading message or link text), "
            "not words of the answer",
        )


def _optional_slug(report: _Report, data: Mapping[str, Any], key: str, field: str) -> str | None:
    return _slug(report, data, key, field) if data.get(key) is not None else None


def _period(report: _Report, data: Mapping[str, Any], field: str) -> str | None:
    value = data.get("period")
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if isinstance(value, bool) or parse_period(text) is None:
        report.add(data, "period", field, f"{text!r} is not a period like {PERIOD_FORMS}")
        return None
    return text


def _tag(report: _Report) -> Callable[[LinedList, int, str], str | None]:
    text_item = _list_text(report, MAX_LENGTH["tag"])

    def item(items: LinedList, index: int, field: str) -> str | None:
        tag = text_item(items, index, field)
        if tag is not None and not SLUG.match(tag):
            report.add(
                items, index, field, f"{tag!r} must be lowercase letters, digits and hyphens"
            )
            return None
        return tag

    return item


def parse_knowledge_file(
    data: object,
    file: str,
    document_text: str | None,
    unread_document: str = "is missing or cannot be read",
) -> KnowledgeFile:
    """Validate one parsed YAML file; raise KnowledgeError listing every problem.
    `unread_document` says why the document has no text, when it has none."""
    report = _Report(file)
    top = _mapping(report, data, None, data, "", FILE_FIELDS, "`source:` and `facts:`")
    if top is None:
        report.raise_if_any()
        raise AssertionError("unreachable")
    revision = top.get("revision", 0)
    if (
        isinstance(revision, bool)
        or not isinstance(revision, int)
        or not 0 <= revision <= MAX_REVISION
    ):
        report.add(
            top, "revision", "revision", f"must be a whole number from 0 to {MAX_REVISION:,}"
        )
        revision = 0
    source = _source(report, top, document_text, unread_document)
    folded_document = FoldedDocument.of(document_text) if document_text is not None else None
    source_id = source.id if source else "?"
    facts_value = top.get("facts")
    facts: list[Fact] = []
    if not isinstance(facts_value, list) or not facts_value:
        report.add(top, "facts", "facts", "must be a list with at least one fact")
    else:
        items = facts_value if isinstance(facts_value, LinedList) else LinedList(facts_value)
        seen: dict[str, int] = {}
        for index in range(len(items)):
            fact = _fact(report, items, index, source_id, folded_document)
            # A fact with other problems still holds its id: report its duplicate now, not
            # only once those are fixed.
            fact_id = fact.id if fact is not None else _id_as_written(items[index])
            if fact_id is not None and fact_id in seen:
                # Both are facts[id]: the other one is told apart by its line.
                other_line = line_of(items[seen[fact_id]], "id") or line_of(items, seen[fact_id])
                report.add(
                    items[index],
                    "id",
                    f"facts[{fact_id}].id",
                    f"duplicate id {fact_id!r} (also line {other_line})",
                )
            if fact_id is not None:
                seen.setdefault(fact_id, index)
            if fact is not None:
                facts.append(fact)
    report.raise_if_any()
    assert source is not None
    return KnowledgeFile(path=file, source=source, facts=tuple(facts), revision=revision)


def fact_field(item: object, index: int) -> str:
    """How a problem names a fact: by its id, which a moderator knows ("facts[0]" sent them
    counting), or by its place in the list when it has none."""
    fact_id = _id_as_written(item)
    return f"facts[{fact_id}]" if fact_id else f"facts[{index}]"


def _id_as_written(item: object) -> str | None:
    value = item.get("id") if isinstance(item, Mapping) else None
    return value if isinstance(value, str) and value else None


def parse_synonyms(data: object, file: str) -> tuple[tuple[str, ...], ...]:
    """synonyms.yaml -> groups of equivalent terms, each lower-cased, first term the name."""
    report = _Report(file)
    top = _mapping(report, data, None, data, "", {"synonyms"}, "`synonyms:`")
    groups: list[tuple[str, ...]] = []
    if top is not None:
        value = top.get("synonyms")
        if not isinstance(value, list):
            report.add(top, "synonyms", "synonyms", "must be a list of lists of terms")
        else:
            items = value if isinstance(value, LinedList) else LinedList(value)
            for index, group in enumerate(items):
                field = f"synonyms[{index}]"
                if not isinstance(group, list) or len(group) < 2:
                    report.add(items, index, field, "must list two or more terms")
                    continue
                terms = _list(report, {"g": group}, "g", field, _list_text(report, 80), limit=40)
                groups.append(tuple(term.lower() for term in terms))
    report.raise_if_any()
    return tuple(groups)
