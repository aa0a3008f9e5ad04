"""What a knowledge directory holds right now: read once, fingerprinted, validated.

The fingerprint (a hash of every file, documents included) and the parsed knowledge base come
from the same read, so a store can tell exactly which content its snapshot was built from.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from sendbot.storage.cache import ParseCache
from sendbot.storage.loader import not_a_directory, parse_directory

Fingerprint = Mapping[str, str]
"""Path relative to the knowledge directory -> sha256 of its bytes."""


@dataclass(frozen=True, slots=True)
class DiskState:
    kb: KnowledgeBase
    fingerprint: Fingerprint
    file_names: Mapping[str, str] = field(default_factory=dict)  # source id -> YAML file name
    raw: Mapping[str, bytes] = field(default_factory=dict)  # YAML file name -> bytes as read

    def file_name(self, source_id: str) -> str:
        return self.file_names[source_id]

    def file_named(self, name: str) -> KnowledgeFile | None:
        source_id = next((sid for sid, known in self.file_names.items() if known == name), None)
        return next((f for f in self.kb.files if f.source.id == source_id), None)

    def text(self, name: str) -> str | None:
        raw = self.raw.get(name)
        return raw.decode("utf-8-sig") if raw is not None else None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_tree(directory: Path) -> dict[str, bytes]:
    """Every visible file under `directory` (temp files are hidden), by relative path."""
    contents: dict[str, bytes] = {}
    for root, folders, files in os.walk(directory):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            try:
                contents[path.relative_to(directory).as_posix()] = path.read_bytes()
            except OSError:
                continue  # vanished or unreadable: the parse below reports what matters
    return contents


def fingerprint(directory: Path) -> dict[str, str]:
    return {name: sha256(data) for name, data in read_tree(directory).items()}


def read_state(directory: Path, cache: ParseCache | None = None) -> DiskState:
    """Load and validate the directory; raise KnowledgeError listing every problem."""
    if not directory.is_dir():
        raise KnowledgeError([not_a_directory(directory)])
    tree = read_tree(directory)
    kb, file_names = parse_directory(directory, tree, cache)
    raw = {name: tree[name] for name in file_names.values()}
    prints = {name: sha256(data) for name, data in tree.items()}
    return DiskState(kb=kb, fingerprint=prints, file_names=file_names, raw=raw)
