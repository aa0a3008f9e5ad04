"""Imports the JSON-lines state files of earlier versions into the state database, once.

    history.jsonl   the change log               -> history (as committed changes)
    gaps.jsonl      unanswered-question tallies  -> gaps
    stats.jsonl     answer and refusal tallies   -> answer_counts, counters

Each file is imported in one transaction that also records its hash, then renamed
`<name>.migrated` and kept as a backup. A process killed between the two finds the hash
recorded next time and only renames the file, so nothing is counted twice. The `.lock` files
earlier versions kept beside them are removed once their file is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sendbot.storage.atomic import fsync_dir
from sendbot.storage.database import transaction
from sendbot.storage.gaps import (
    BEFORE_PARTIAL,
    GapTally,
    add_answer_tally,
    add_gap_tally,
    scrub,
)
from sendbot.storage.history import HistoryEntry, insert_committed

HISTORY_FILE = "history.jsonl"
GAPS_FILE = "gaps.jsonl"
STATS_FILE = "stats.jsonl"
LEGACY_FILES = (HISTORY_FILE, GAPS_FILE, STATS_FILE)
MIGRATED_SUFFIX = ".migrated"
LOCK_SUFFIX = ".lock"  # beside each file, for earlier versions' file locking


def has_legacy_files(data_dir: Path) -> bool:
    return any(
        (data_dir / name).exists() or (data_dir / (name + LOCK_SUFFIX)).exists()
        for name in LEGACY_FILES
    )


def import_legacy_files(conn: sqlite3.Connection, data_dir: Path) -> None:
    importers: dict[str, Callable[[sqlite3.Connection, list[dict[str, Any]]], None]] = {
        HISTORY_FILE: _import_history,
        GAPS_FILE: _import_gaps,
        STATS_FILE: _import_stats,
    }
    for name, importer in importers.items():
        path = data_dir / name
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            _remove_lock(data_dir, name)
            continue
        digest = hashlib.sha256(raw).hexdigest()
        with transaction(conn):
            done = conn.execute(
                "SELECT 1 FROM legacy_imports WHERE name = ? AND sha256 = ?", (name, digest)
            ).fetchone()
            if not done:
                importer(conn, list(_records(raw)))
                conn.execute(
                    "INSERT OR REPLACE INTO legacy_imports (name, sha256) VALUES (?, ?)",
                    (name, digest),
                )
        with contextlib.suppress(FileNotFoundError):  # another process was quicker
            path.replace(_free_name(data_dir, name + MIGRATED_SUFFIX))
        _remove_lock(data_dir, name)
        fsync_dir(data_dir)


def _remove_lock(data_dir: Path, name: str) -> None:
    """Nothing uses an imported file's lock any more."""
    with contextlib.suppress(FileNotFoundError):
        (data_dir / (name + LOCK_SUFFIX)).unlink()


def _free_name(data_dir: Path, name: str) -> Path:
    """`name`, or `name.2`, `name.3`... so that an earlier backup is never overwritten."""
    candidate, number = data_dir / name, 1
    while candidate.exists():
        number += 1
        candidate = data_dir / f"{name}.{number}"
    return candidate


def _records(raw: bytes) -> Iterator[dict[str, Any]]:
    """Every whole JSON object, one a line; a torn last line is skipped, as before."""
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            yield record


def _import_history(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> None:
    for record in records:
        entry = HistoryEntry.from_json(json.dumps(record))
        if entry is not None:
            insert_committed(conn, entry)


def _import_gaps(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> None:
    for record in records:
        try:
            tally = GapTally(
                key=str(record["key"]),
                question=scrub(str(record["question"])),  # stored scrubbed, as recorded now
                count=int(record["count"]),
                first=str(record["first"]),
                last=str(record["last"]),
                reasons={
                    _before_partial(str(k)): int(v) for k, v in dict(record["reasons"]).items()
                },
                suggested={str(k): int(v) for k, v in dict(record["suggested"]).items()},
            )
        except (KeyError, TypeError, ValueError):
            continue
        add_gap_tally(conn, tally, max_questions=1_000_000)


def _before_partial(reason: str) -> str:
    # These files predate the "partial" reason: their "abstained" counted partial replies too.
    return BEFORE_PARTIAL if reason == "abstained" else reason


def _import_stats(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> None:
    for record in records:
        try:
            answers = {str(k): int(v) for k, v in dict(record["answers"]).items()}
            abstains = int(record["abstains"])
        except (KeyError, TypeError, ValueError):
            continue
        add_answer_tally(conn, answers, abstains)
