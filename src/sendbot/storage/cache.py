"""A cache of validated knowledge files, so a large knowledge base loads fast when unchanged.

Validating YAML is the slow part of loading (about 4 s for 10,000 facts); a file whose bytes
and source document are unchanged since it was last validated is rebuilt from a JSON copy
of the validated model instead. The cache lives in the data directory, never in the
knowledge directory, and any doubt (a changed document, an unreadable or foreign entry, a
new cache version) means a miss and a full validation.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeFile, Source, Speaker
from sendbot.knowledge.parse import fact_to_dict, source_to_dict

# Bump whenever parsing or validation rules change, so entries validated by older rules
# are never trusted.
CACHE_VERSION = 2


def _digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "big"))
        hasher.update(part)
    return hasher.hexdigest()


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot cache {type(value).__name__}")


def _fact(data: dict[str, Any], source_id: str) -> Fact:
    return Fact(
        id=data["id"],
        statement=data["statement"],
        quote=data["quote"],
        questions=tuple(data["questions"]),
        as_of=dt.date.fromisoformat(data["as_of"]),
        source_id=source_id,
        title=data.get("title"),
        tags=tuple(data.get("tags", ())),
        measure=data.get("measure"),
        period=data.get("period"),
        measure_line=data.get("measure_line"),
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
    )


def _source(data: dict[str, Any], text: str) -> Source:
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


class ParseCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _entry(self, raw: bytes, shown: str) -> Path:
        return self.directory / f"{_digest(str(CACHE_VERSION).encode(), shown.encode(), raw)}.json"

    def get(self, raw: bytes, shown: str, document_path: Path) -> KnowledgeFile | None:
        try:
            entry = json.loads(self._entry(raw, shown).read_text(encoding="utf-8"))
            document = document_path.parent / entry["source"]["document"]
            document_bytes = document.read_bytes()
            if _digest(document_bytes) != entry["document_sha256"]:
                return None
            source = _source(entry["source"], document_bytes.decode("utf-8"))
            facts = tuple(_fact(fact, source.id) for fact in entry["facts"])
            return KnowledgeFile(shown, source, facts, entry["revision"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, raw: bytes, knowledge_file: KnowledgeFile) -> None:
        entry = {
            "revision": knowledge_file.revision,
            "document_sha256": _digest(knowledge_file.source.text.encode("utf-8")),
            "source": source_to_dict(knowledge_file.source),
            "facts": [
                {**fact_to_dict(fact), "measure_line": fact.measure_line}
                for fact in knowledge_file.facts
            ],
        }
        text = json.dumps(entry, default=_json_default, ensure_ascii=False)
        # Best effort: a cache that cannot be written only costs speed next time.
        with contextlib.suppress(OSError):
            self.directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, self._entry(raw, knowledge_file.path))
