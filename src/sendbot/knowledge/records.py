"""The knowledge model as plain data, in the YAML shape: the one mapping between the two.

`file_to_dict` and friends give the documented field order with empty optional fields left
out, which is what a knowledge file holds; `json_safe` turns dates into ISO text for history
and the parse cache; `file_from_record` rebuilds a file that was validated before (the cache).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeFile, Source, Speaker

FactRecord = dict[str, Any]
"""A fact as JSON-safe data (dates as ISO text): what history stores and undo compares."""


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """The YAML shape of a fact, fields in the documented order, empty optional fields left out."""
    data: dict[str, Any] = {"id": fact.id}
    if fact.topic:
        data["topic"] = fact.topic
    if fact.title:
        data["title"] = fact.title
    data["statement"] = fact.statement
    data["quote"] = fact.quote
    data["questions"] = list(fact.questions)
    if fact.tags:
        data["tags"] = list(fact.tags)
    if fact.figures:
        data["figures"] = [_figure_to_dict(figure) for figure in fact.figures]
    if fact.measure:
        data["measure"] = fact.measure
    if fact.period:
        data["period"] = fact.period
    data["as_of"] = fact.as_of
    if fact.place:
        data["place"] = fact.place
    return data


def _figure_to_dict(figure: Figure) -> dict[str, Any]:
    data: dict[str, Any] = {"value": figure.value, "kind": figure.kind.value, "label": figure.label}
    if figure.unit:
        data["unit"] = figure.unit
    if figure.qualifier:
        data["qualifier"] = figure.qualifier
    if figure.role:
        data["role"] = figure.role
    return data


def source_to_dict(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": source.id,
        "title": source.title,
        "kind": source.kind,
        "department": source.department,
    }
    if source.question:
        data["question"] = source.question
    if source.asked:
        data["asked"] = source.asked
    data["answered"] = source.answered
    data["answered_by"] = {"name": source.answered_by.name}
    if source.answered_by.role:
        data["answered_by"]["role"] = source.answered_by.role
    data["url"] = source.url
    data["licence"] = source.licence
    data["document"] = source.document
    return data


def file_to_dict(knowledge_file: KnowledgeFile) -> dict[str, Any]:
    return {
        "revision": knowledge_file.revision,
        "source": source_to_dict(knowledge_file.source),
        "facts": [fact_to_dict(fact) for fact in knowledge_file.facts],
    }


def fact_record(fact: Fact) -> FactRecord:
    record: FactRecord = json_safe(fact_to_dict(fact))
    return record


def json_safe(value: Any) -> Any:
    """The same data with dates as ISO text and tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):
        return [json_safe(item) for item in value]
    return value


def file_from_record(record: Mapping[str, Any], path: str, document_text: str) -> KnowledgeFile:
    """Rebuild a file from `json_safe(file_to_dict(...))` of a file validated before.

    Trusts its input: only for data sendbot wrote itself after validating it."""
    source = _source(record["source"], document_text)
    facts = tuple(_fact(fact, source.id) for fact in record["facts"])
    return KnowledgeFile(path, source, facts, record["revision"])


def _fact(data: Mapping[str, Any], source_id: str) -> Fact:
    return Fact(
        id=data["id"],
        statement=data["statement"],
        quote=data["quote"],
        questions=tuple(data["questions"]),
        as_of=dt.date.fromisoformat(data["as_of"]),
        source_id=source_id,
        title=data.get("title"),
        tags=tuple(data.get("tags", ())),
        figures=tuple(
            Figure(
                value=figure["value"],
                kind=FigureKind(figure["kind"]),
                label=figure["label"],
                unit=figure.get("unit"),
                qualifier=figure.get("qualifier"),
                role=figure.get("role"),
            )
            for figure in data.get("figures", ())
        ),
        place=data.get("place"),
        measure=data.get("measure"),
        topic=data.get("topic"),
        period=data.get("period"),
    )


def _source(data: Mapping[str, Any], text: str) -> Source:
    return Source(
        id=data["id"],
        title=data["title"],
        kind=data["kind"],
        department=data["department"],
        answered=dt.date.fromisoformat(data["answered"]),
        answered_by=Speaker(**data["answered_by"]),
        licence=data["licence"],
        document=data["document"],
        text=text,
        question=data.get("question"),
        asked=dt.date.fromisoformat(data["asked"]) if data.get("asked") else None,
        url=data.get("url"),
    )
