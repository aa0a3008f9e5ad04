"""A cache of validated knowledge files, so a large knowledge base loads fast when unchanged.

Validating YAML is the slow part of loading (seconds for 10,000 facts); a file whose bytes
and source document are unchanged since it was last validated is rebuilt from a JSON copy
of the validated model instead. The cache wraps the parser that `loads` calls, so a hit and
a miss see the same bytes from the same read. It lives in the data directory, never in the
knowledge directory, and any doubt (a changed document, an unreadable or foreign entry, a
new cache version) means a miss and a full validation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from sendbot.knowledge.directory import DocumentLookup, FileParser, document_text
from sendbot.knowledge.model import KnowledgeFile
from sendbot.knowledge.records import file_from_record, file_to_dict, json_safe
from sendbot.storage.atomic import write_atomic

# Bump whenever parsing or validation rules change, so entries validated by older rules
# are never trusted.
CACHE_VERSION = 4


def _digest(*parts: bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(len(part).to_bytes(8, "big"))
        hasher.update(part)
    return hasher.hexdigest()


class ParseCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def wrap(self, parse_file: FileParser) -> FileParser:
        """`parse_file`, answered from the cache when the same bytes were validated before."""

        def cached(raw: bytes, shown: str, find_document: DocumentLookup) -> KnowledgeFile:
            hit = self.get(raw, shown, find_document)
            if hit is not None:
                return hit
            knowledge_file = parse_file(raw, shown, find_document)
            self.put(raw, knowledge_file, find_document)
            return knowledge_file

        return cached

    def _entry(self, raw: bytes, shown: str) -> Path:
        return self.directory / f"{_digest(str(CACHE_VERSION).encode(), shown.encode(), raw)}.json"

    def get(self, raw: bytes, shown: str, find_document: DocumentLookup) -> KnowledgeFile | None:
        try:
            entry = json.loads(self._entry(raw, shown).read_text(encoding="utf-8"))
            document = find_document(entry["file"]["source"]["document"])
            if document is None or _digest(document) != entry["document_sha256"]:
                return None
            text = document_text(document)
            if text is None:
                return None
            return file_from_record(entry["file"], shown, text)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, raw: bytes, knowledge_file: KnowledgeFile, find_document: DocumentLookup) -> None:
        document = find_document(knowledge_file.source.document)
        if document is None:
            return
        entry = {
            "document_sha256": _digest(document),
            "file": json_safe(file_to_dict(knowledge_file)),
        }
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        # Best effort: a cache that cannot be written only costs speed next time.
        with contextlib.suppress(OSError):
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomic(self._entry(raw, knowledge_file.path), data, durable=False)
