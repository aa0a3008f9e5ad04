"""The append-only change log, `history.jsonl`: one JSON object per saved change.

Records are only ever appended, each one fsynced, so the log survives crashes; a torn last
line (the process died mid-append) is skipped when reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sendbot.knowledge.edits import FactRecord
from sendbot.storage.atomic import append_line

_TAIL_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One saved change, as recorded."""

    seq: int  # 1, 2, 3... in the order changes were saved
    time: str  # UTC, ISO 8601
    actor: str  # who asked for it, e.g. "discord:modname" or "cli:alice"
    action: str  # add | edit | remove | alias | replace | undo
    file: str  # the knowledge file changed, relative to the knowledge directory
    fact_id: str | None  # None for a whole-file replace (an import)
    fields: tuple[str, ...]  # fields changed; for a replace, one line per difference
    before: FactRecord | None  # the fact before (None: it did not exist)
    after: FactRecord | None  # the fact after (None: it was removed)
    revision_before: int  # the knowledge base's revision before and after the change
    revision_after: int
    undoes: int | None = None  # for an undo: the seq of the change it reverted
    index: int | None = None  # the fact's position in its file, to put it back on undo
    backup: str | None = None  # the file as it was before, relative to the data directory
    file_before_sha256: str | None = None  # hash of the file's bytes before; None: no file
    file_after_body: str | None = None  # revisions.body_hash of the file after; None: deleted

    def describe(self) -> str:
        """One line for a moderator: `#12 2024-02-09T10:00:00Z cli:alice edit some-fact ...`."""
        subject = self.fact_id or self.file
        what = f"{self.action} {subject}"
        if self.undoes is not None:
            what += f" (reverts #{self.undoes})"
        elif self.fields and self.action != "replace":
            what += f" ({', '.join(self.fields)})"
        return (
            f"#{self.seq} {self.time} {self.actor} {what} "
            f"[revision {self.revision_before} -> {self.revision_after}]"
        )

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> HistoryEntry | None:
        """The entry a line holds, or None for a torn or foreign line."""
        try:
            data: Any = json.loads(line)
            data["fields"] = tuple(data["fields"])
            return cls(**data)
        except (ValueError, TypeError, KeyError):
            return None


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class History:
    """Reads and appends `history.jsonl`. Appending is only safe under the store's write lock."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, entry: HistoryEntry) -> None:
        append_line(self.path, entry.to_json())

    def entries(self) -> list[HistoryEntry]:
        """Every readable entry, oldest first."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        return _parse_lines(raw)

    def newest(self, fact_id: str | None = None, limit: int = 20) -> list[HistoryEntry]:
        """Entries newest first; only those about `fact_id` when given."""
        entries = [
            entry
            for entry in reversed(self.entries())
            if fact_id is None or entry.fact_id == fact_id
        ]
        return entries[:limit]

    def last_seq(self) -> int:
        """The seq of the newest entry, reading only the end of the file."""
        try:
            with self.path.open("rb") as file:
                size = file.seek(0, os.SEEK_END)
                chunk = _TAIL_CHUNK
                while True:
                    start = max(0, size - chunk)
                    file.seek(start)
                    entries = _parse_lines(file.read(size - start))
                    if entries:
                        return entries[-1].seq
                    if start == 0:
                        return 0
                    chunk *= 4
        except FileNotFoundError:
            return 0


def _parse_lines(raw: bytes) -> list[HistoryEntry]:
    entries = []
    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        entry = HistoryEntry.from_json(line.decode("utf-8", errors="replace"))
        if entry is not None:
            entries.append(entry)
    return entries
