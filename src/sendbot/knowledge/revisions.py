"""Revision numbers: each knowledge file's top-level `revision`, and the knowledge base's.

Every saved change bumps the changed file's revision by one. The knowledge base's revision is
the sum over its files plus an offset the store keeps (`sendbot.storage.history`) for files a
change took away, so it goes up by exactly one per saved change and never repeats. A caller
shows a moderator a revision and passes it back with the change; if the base has moved on
since, the change is refused instead of being applied to something the moderator never saw.
"""

from __future__ import annotations

import hashlib
import re

from sendbot.knowledge.model import KnowledgeBase

# A top-level `revision: N` line; top-level keys are the only ones at column 0.
# A file saved on Windows ends the line with "\r\n".
_REVISION_LINE = re.compile(r"^revision:[ \t]*\d+[ \t]*(?:#[^\r\n]*)?\r?(?:\n|$)", re.MULTILINE)


def kb_revision(kb: KnowledgeBase) -> int:
    """The sum of the files' revisions (the store adds its offset to give the base's)."""
    return sum(knowledge_file.revision for knowledge_file in kb.files)


def with_revision(text: str, revision: int) -> str:
    """The same YAML text, keeping its layout and comments, with its revision set to `revision`.

    Callers must check the result loads with that revision (a flow-style document would not).
    """
    line = f"revision: {revision}\n"
    if _REVISION_LINE.search(text):
        return _REVISION_LINE.sub(line, text, count=1)
    return line + text


def body_hash(text: str) -> str:
    """A hash of a file's text that ignores its revision line and how its lines end (a file
    saved on Windows keeps "\r\n" through an edit): equal when only those differ."""
    body = _REVISION_LINE.sub("", text, count=1).replace("\r\n", "\n")
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
