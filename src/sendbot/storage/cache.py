"""A cache of validated knowledge files, so a large knowledge base loads fast when unchanged.

Validating YAML is the slow part of loading (seconds for 10,000 facts); a file whose bytes
and source document are unchanged since it was last validated is rebuilt from a JSON copy
of the validated model instead. The cache wraps the parser that `loads` calls, so a hit and
a miss see the same bytes from the same read. It lives in the data directory, never in the
knowledge directory, and any doubt (a changed document, an unreadable or foreign entry, a
new cache version) means a miss and a full validation.

Entries are named by cache version, knowledge directory and file (`v6-DIR-FILE.json`), so a
completed load can remove, with one directory listing, its own directory's entries that no
current file used (earlier versions of edited files, removed files) and any entry of another
cache version, while the entries of other knowledge bases sharing the data directory stay.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sendbot.knowledge.directory import DocumentLookup, FileParser, document_text
from sendbot.knowledge.model import KnowledgeFile
from sendbot.knowledge.records import file_from_record, file_to_dict, json_safe
from sendbot.storage.atomic import write_atomic

# Bump whenever parsing or validation rules change, so entries validated by older rules
# are never trusted.
CACHE_VERSION = 8  # 8: entries carry a fact's topic
# What this cache's entries are named like, in this version or any earlier one (64 hex digits).
_ENTRY = re.compile(r"(v(\d+)-[0-9a-f]{16}-)?[0-9a-f]{64}\.json")


def _digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "big"))
        hasher.update(part)
    return hasher.hexdigest()


def _group(where: str) -> str:
    """The start of the names of one knowledge directory's entries."""
    return f"v{CACHE_VERSION}-{_digest(where.encode())[:16]}-"


class ParseCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._used: dict[str, set[str]] = {}  # entry names each knowledge directory's load used

    def wrap(self, parse_file: FileParser, where: str = "") -> FileParser:
        """`parse_file`, answered from the cache when the same bytes were validated before.
        `where` is the knowledge directory, whose unused entries `prune(where)` removes."""
        used = self._used[where] = set()

        def cached(raw: bytes, shown: str, find_document: DocumentLookup) -> KnowledgeFile:
            entry = self._entry(raw, shown, where)
            used.add(entry.name)
            hit = self._get(entry, shown, find_document)
            if hit is not None:
                return hit
            knowledge_file = parse_file(raw, shown, find_document)
            self._put(entry, knowledge_file, find_document)
            return knowledge_file

        return cached

    def prune(self, where: str = "") -> None:
        """After a completed load of `where`: remove its entries that no current file used,
        and every entry of another cache version. Best effort: a failure costs only space."""
        used = self._used.pop(where, set())
        group = _group(where)
        with contextlib.suppress(OSError):
            for name in os.listdir(self.directory):
                entry = _ENTRY.fullmatch(name)
                if entry is None or name in used:
                    continue
                if entry[1] is None or int(entry[2]) != CACHE_VERSION or name.startswith(group):
                    with contextlib.suppress(OSError):
                        (self.directory / name).unlink()

    def _entry(self, raw: bytes, shown: str, where: str) -> Path:
        key = _digest(str(CACHE_VERSION).encode(), shown.encode(), raw)
        return self.directory / f"{_group(where)}{key}.json"

    def _get(self, path: Path, shown: str, find_document: DocumentLookup) -> KnowledgeFile | None:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            document = find_document(entry["file"]["source"]["document"])
            if document is None or _digest(document) != entry["document_sha256"]:
                return None
            text = document_text(document)
            if text is None:
                return None
            return _with_lines(file_from_record(entry["file"], shown, text), entry["lines"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _put(
        self, path: Path, knowledge_file: KnowledgeFile, find_document: DocumentLookup
    ) -> None:
        document = find_document(knowledge_file.source.document)
        if document is None:
            return
        entry = {
            "document_sha256": _digest(document),
            "file": json_safe(file_to_dict(knowledge_file)),
            "lines": _lines(knowledge_file),
        }
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        # Best effort: a cache that cannot be written only costs speed next time.
        with contextlib.suppress(OSError):
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data, durable=False)


def _lines(knowledge_file: KnowledgeFile) -> dict[str, Any]:
    """Where the ids, measures and questions are in the file: problems found across files (a
    duplicate id, figures that disagree, a question two facts share) name the line even when
    the file came from the cache."""
    return {
        "source_id": knowledge_file.source.id_line,
        "facts": [
            [fact.id_line, fact.measure_line, list(fact.question_lines)]
            for fact in knowledge_file.facts
        ],
    }


def _with_lines(knowledge_file: KnowledgeFile, lines: Mapping[str, Any]) -> KnowledgeFile:
    fact_lines = lines["facts"]
    if len(fact_lines) != len(knowledge_file.facts):
        raise ValueError("the entry's lines do not match its facts")
    facts = tuple(
        dataclasses.replace(
            fact, id_line=id_line, measure_line=measure_line, question_lines=tuple(questions)
        )
        for fact, (id_line, measure_line, questions) in zip(
            knowledge_file.facts, fact_lines, strict=True
        )
    )
    source = dataclasses.replace(knowledge_file.source, id_line=lines["source_id"])
    return dataclasses.replace(knowledge_file, source=source, facts=facts)
