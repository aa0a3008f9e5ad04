"""Which knowledge file an uploaded or imported file is a renamed copy of.

An exported file edited and saved again comes back under another name ("X (1).yaml", which
Discord uploads as "X_1.yaml"); imported under that name it is refused as the same written
answer as its original, and the way to replace the original is to import it under its name.
"""

from __future__ import annotations

import posixpath

import yaml

from sendbot.knowledge.model import KnowledgeBase


def original_of(data: bytes | str, kb: KnowledgeBase, name: str) -> str | None:
    """The name of the file of `kb` holding the source `data` holds, when that is not `name`;
    None when `data` is not such a copy (or not a knowledge file at all)."""
    try:
        loaded = yaml.safe_load(data)
    except (yaml.YAMLError, UnicodeDecodeError):
        return None
    source = loaded.get("source") if isinstance(loaded, dict) else None
    source_id = source.get("id") if isinstance(source, dict) else None
    if not isinstance(source_id, str):
        return None
    for file in kb.files:
        original = posixpath.basename(file.path)
        if file.source.id == source_id and original != name:
            return original
    return None
