"""The change log: one row per saved change in the state database's `history` table.

A change is recorded in two steps around the rename of its knowledge file: first as
'pending', with the hashes of the file before and after, then as 'committed'. A writer killed
in between leaves a pending row, which the next writer settles against the file on disk
(`History.reconcile`), so the log never lists a change that is not on disk and never misses
one that is. Readers see committed rows only, unless they look at the files too
(`History.interrupted`): then a pending change whose file holds its result is listed as made,
and nothing is written, so a read-only command such as `kb history` never changes the log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sendbot.knowledge.edits import FactRecord
from sendbot.storage.database import connect, has_state, opened, reading, transaction

WHOLE_FILE_ACTIONS = frozenset({"add-source", "replace"})


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One saved change, as recorded."""

    seq: int  # 1, 2, 3... in the order changes were saved
    time: str  # UTC, ISO 8601
    actor: str  # who asked for it, e.g. "discord:modname" or "cli:alice"
    action: str  # add | edit | remove | alias | add-source | replace | undo | redo
    file: str  # the knowledge file changed, relative to the knowledge directory
    fact_id: str | None  # None for a whole file added or replaced (an import, an ingest)
    fields: tuple[str, ...]  # fields changed; for a whole file, one line per difference
    before: FactRecord | None  # the fact before (None: it did not exist)
    after: FactRecord | None  # the fact after (None: it was removed)
    revision_before: int  # the knowledge base's revision before and after the change
    revision_after: int
    undoes: int | None = None  # for an undo: the seq of the change it reverted
    index: int | None = None  # the fact's position in its file, to put it back on undo
    backup: str | None = None  # the file as it was before, relative to the data directory
    file_before_sha256: str | None = None  # hash of the file's bytes before; None: no file
    file_after_body: str | None = None  # revisions.body_hash of the file after; None: deleted
    # An add-source or a redo: the document it brought (sources/NAME); an undo: the one it
    # took away, kept as `document_backup` (relative to the data directory) for a redo.
    document: str | None = None
    redoes: int | None = None  # for a redo: the seq of the change it re-applied
    document_backup: str | None = None
    # The knowledge base changed (`database.knowledge_base_id`); None: recorded before
    # sendbot noted it, shown with every base's changes.
    base: str | None = None

    @property
    def whole_file(self) -> bool:
        """A knowledge file added (a new source) or replaced, rather than one fact changed
        (a redo of such a change too: its fields are the file's differences)."""
        return self.action in WHOLE_FILE_ACTIONS or (self.action == "redo" and not self.fact_id)

    def describe(self) -> str:
        """One line for a moderator: `#12 2024-02-09T10:00:00Z cli:alice edit some-fact ...`."""
        subject = self.fact_id or self.file
        what = f"{self.action} {subject}"
        if self.undoes is not None:
            what += f" (reverts #{self.undoes})"
        elif self.redoes is not None:
            what += f" (redo of #{self.redoes})"
        elif self.fields and not self.whole_file:
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


def another_base_text(entry: HistoryEntry) -> str:
    """What undo and redo say of the newest change in the data directory when it was made to
    another knowledge base (`entry.base`), which they leave alone."""
    return (
        f"change #{entry.seq} ({entry.action} {entry.fact_id or entry.file}), the newest in "
        f"this data directory, was made to another knowledge base, {entry.base}, and is left "
        "as it is"
    )


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_COLUMNS = (
    "seq, time, actor, action, file, fact_id, fields, before, after, revision_before,"
    " revision_after, undoes, fact_index, backup, file_before_sha256, file_after_body, document,"
    " redoes, document_backup, kb"
)
_PLACES = ", ".join("?" * (_COLUMNS.count(",") + 1))  # one per column
REVISION = "revision"  # the counters row: the knowledge base's revision after the last change
# The counters row added to the sum of the files' revisions to give the knowledge base's: it
# grows when a change takes a file (and its revisions) away, so the revision never goes down
# and a number already shown to a moderator never stands for other content. Each knowledge
# base has its own, `revision_offset@BASE`: one base's undo must not move another's revision
# (its open forms would be refused as stale, its history would skip numbers). The row without
# a base is the one sendbot kept for every base before that, still counted for a base that has
# no row of its own yet, so no revision already shown goes down; a change recorded without a
# base still settles there. A pending change keeps the offset it leaves in the row
# `revision_offset:SEQ` until it is settled.
REVISION_OFFSET = "revision_offset"


@dataclass(frozen=True, slots=True)
class WhyNothing:
    """Why there is nothing to undo or redo (`text`: the words after "there is nothing to
    undo: "), and whether the data directory holds no change of the kind needed at all
    (`none_found`: NothingToDo's flag)."""

    text: str
    none_found: bool


@dataclass(frozen=True, slots=True)
class Interrupted:
    """A change whose writer died before saying whether its file was replaced."""

    entry: HistoryEntry
    file_after_sha256: str | None


@dataclass(frozen=True, slots=True)
class Interruptions:
    """What the files say about the changes still pending, read without settling them."""

    made: frozenset[int] = frozenset()  # seqs whose file holds their result
    reports: tuple[str, ...] = ()  # one line per change whose file holds neither version


def _outcome(entry: HistoryEntry, after_sha: str | None, data: bytes | None) -> str:
    """'made', 'not made' or 'unknown': what a pending change's file says happened."""
    now = sha256(data) if data is not None else None
    if now == after_sha:
        return "made"
    if now == entry.file_before_sha256:
        return "not made"
    return "unknown"


def _report(entry: HistoryEntry) -> str:
    return (
        f"change #{entry.seq} ({entry.action} {entry.fact_id or entry.file} by "
        f"{entry.actor}) was interrupted, and {entry.file} has been changed "
        "since: it is not listed as made; check the file"
    )


class History:
    """The change log in the state database.

    Reading opens a connection per call and sees committed changes only. Writing (`begin`,
    `commit`, `reconcile`) is only safe under the store's write lock: it uses one durable
    connection (synchronous=FULL), so an intent is on disk before the file is renamed.
    """

    def __init__(self, data_dir: Path, base: str | None = None) -> None:
        """`base`: the knowledge base (`database.knowledge_base_id`) whose changes `newest`
        lists, with those recorded before bases were noted; None: every base's."""
        self.data_dir = Path(data_dir)
        self.base = base
        self._conn: sqlite3.Connection | None = None

    # -- reading -----------------------------------------------------------------------------

    def newest(
        self,
        fact_id: str | None = None,
        limit: int = 20,
        *,
        before: int | None = None,
        also: frozenset[int] = frozenset(),
    ) -> list[HistoryEntry]:
        """Saved changes newest first, `limit` at a time (`before`: older than that seq);
        only those about `fact_id` when given. `also`: pending changes to list as made
        (`Interruptions.made`)."""
        if not has_state(self.data_dir):
            return []
        made = ", ".join(str(int(seq)) for seq in sorted(also))
        state = f"(state = 'committed' OR seq IN ({made}))" if made else "state = 'committed'"
        of_base, base_params = self._of_base()
        query = f"SELECT {_COLUMNS} FROM history WHERE {state} AND {of_base}"
        params: list[Any] = [*base_params]
        if fact_id is not None:
            about, about_params = _about_fact(fact_id)
            query += f" AND {about}"
            params += about_params
        if before is not None:
            query += " AND seq < ?"
            params.append(before)
        query += " ORDER BY seq DESC LIMIT ?"
        params.append(limit)
        with reading(self.data_dir) as conn:
            return [_entry(row) for row in conn.execute(query, params)]

    def of_other_bases(self, fact_id: str | None = None) -> int:
        """How many saved changes (to `fact_id`, when given) `newest` leaves out because
        they were made to another knowledge base served with this data directory."""
        if self.base is None or not has_state(self.data_dir):
            return 0
        query = "SELECT COUNT(*) FROM history WHERE state = 'committed' AND kb != ?"
        params: list[Any] = [self.base]
        if fact_id is not None:
            about, about_params = _about_fact(fact_id)
            query += f" AND {about}"
            params += about_params
        with reading(self.data_dir) as conn:
            return int(conn.execute(query, params).fetchone()[0])

    def other_bases(self, fact_id: str | None = None) -> list[str]:
        """The other knowledge bases (their real paths) whose saved changes (to `fact_id`,
        when given) `newest` leaves out, the one changed most recently first."""
        if self.base is None or not has_state(self.data_dir):
            return []
        query = "SELECT kb, MAX(seq) FROM history WHERE state = 'committed' AND kb != ?"
        params: list[Any] = [self.base]
        if fact_id is not None:
            about, about_params = _about_fact(fact_id)
            query += f" AND {about}"
            params += about_params
        query += " GROUP BY kb ORDER BY MAX(seq) DESC"
        with reading(self.data_dir) as conn:
            return [str(row[0]) for row in conn.execute(query, params)]

    def _of_base(self) -> tuple[str, tuple[str, ...]]:
        """The condition (and its parameter) that keeps this base's changes, with those
        recorded before bases were noted; every change when no base was given."""
        if self.base is None:
            return "1", ()
        return "(kb = ? OR kb IS NULL)", (self.base,)

    def undo_target(self) -> HistoryEntry | None:
        """The newest saved change (to this base) that is not an undo and has not been
        undone."""
        if not has_state(self.data_dir):
            return None
        of_base, params = self._of_base()
        with opened(self.data_dir) as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM history AS h WHERE state = 'committed' AND {of_base}"
                " AND action != 'undo' AND NOT EXISTS (SELECT 1 FROM history AS u"
                " WHERE u.state = 'committed' AND u.undoes = h.seq)"
                " ORDER BY seq DESC LIMIT 1",
                params,
            ).fetchone()
        return _entry(row) if row else None

    def redo_target(self) -> HistoryEntry | None:
        """The undo a redo would revert: the newest one not yet redone, provided no other
        change has been saved since it (a new change ends what can be redone, as in an
        editor). Undos and redos since the newest other change are replayed in order: an
        undo is pushed, a redo takes off the undo it reverted (always the one on top)."""
        if not has_state(self.data_dir):
            return None
        of_base, params = self._of_base()
        with opened(self.data_dir) as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM history WHERE state = 'committed' AND {of_base}"
                " AND seq > COALESCE((SELECT MAX(seq) FROM history WHERE state = 'committed'"
                f" AND {of_base} AND action NOT IN ('undo', 'redo')), 0) ORDER BY seq",
                params * 2,
            ).fetchall()
        undone: list[HistoryEntry] = []
        for entry in map(_entry, rows):
            if entry.action == "undo":
                undone.append(entry)
            elif undone:
                undone.pop()
        return undone[-1] if undone else None

    def why_nothing_to_undo(self) -> WhyNothing:
        """Why `undo_target` found none: the words after "there is nothing to undo: "."""
        if not self.newest(limit=1):
            if self.of_other_bases():  # the store names the newest of them
                return WhyNothing("no change has been saved to this knowledge base yet", True)
            return WhyNothing("no change has been saved yet", True)
        return WhyNothing(
            "every saved change has been undone already (redo brings back the last undone)",
            none_found=False,
        )

    def why_nothing_to_redo(self) -> WhyNothing:
        """Why `redo_target` found none: the words after "there is nothing to redo: ".
        "redo undoes the last undo" was read as broken when, in fact, an edit saved after
        the undo had ended what could be redone; that case names the edit."""
        if not has_state(self.data_dir):
            return WhyNothing("no change has been undone", True)
        of_base, params = self._of_base()
        with reading(self.data_dir) as conn:
            undo = conn.execute(
                f"SELECT {_COLUMNS} FROM history WHERE state = 'committed' AND {of_base}"
                " AND action = 'undo' ORDER BY seq DESC LIMIT 1",
                params,
            ).fetchone()
            if undo is None:
                return WhyNothing("no change has been undone", True)
            later = conn.execute(
                f"SELECT {_COLUMNS} FROM history WHERE state = 'committed' AND {of_base}"
                " AND seq > ? AND action NOT IN ('undo', 'redo') ORDER BY seq LIMIT 1",
                (*params, undo[0]),
            ).fetchone()
        if later is None:
            return WhyNothing("every undone change has been redone already", none_found=False)
        saved = _entry(later)
        return WhyNothing(
            f"change #{saved.seq} ({saved.action} {saved.fact_id or saved.file} by "
            f"{saved.actor}) was saved after the last undo, #{undo[0]}, and a change saved "
            "after an undo ends what can be redone",
            none_found=False,
        )

    def revision_offset(self, base: str | None) -> int:
        """What to add to the files' revisions of the knowledge base `base` (see
        REVISION_OFFSET); under the store's lock."""
        conn = self._writer()
        for name in (
            (_base_offset(base), REVISION_OFFSET) if base is not None else (REVISION_OFFSET,)
        ):
            row = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
            if row:
                return int(row[0])
        return 0

    def interrupted(self, read_file: Callable[[str], bytes | None]) -> Interruptions:
        """What each pending change's file (`read_file(name)`, None if there is none) says
        happened, without settling anything: a reader's view of `reconcile`."""
        if not has_state(self.data_dir):
            return Interruptions()
        with reading(self.data_dir) as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS}, file_after_sha256 FROM history WHERE state = 'pending'"
                " ORDER BY seq"
            ).fetchall()
        made, reports = set(), []
        for row in rows:
            entry = _entry(row[:-1])
            outcome = _outcome(entry, row[-1], read_file(entry.file))
            if outcome == "made":
                made.add(entry.seq)
            elif outcome == "unknown":
                reports.append(_report(entry))
        return Interruptions(frozenset(made), tuple(reports))

    # -- writing, under the store's lock ------------------------------------------------------

    def next_seq(self) -> int:
        row = self._writer().execute("SELECT COALESCE(MAX(seq), 0) FROM history").fetchone()
        return int(row[0]) + 1

    def begin(
        self, entry: HistoryEntry, file_after_sha256: str | None, revision_offset: int
    ) -> None:
        """Record that `entry` is about to be made, leaving `revision_offset` once it is:
        durable before the file is touched."""
        conn = self._writer()
        with transaction(conn):
            conn.execute(
                f"INSERT INTO history ({_COLUMNS}, file_after_sha256, state)"
                f" VALUES ({_PLACES}, ?, 'pending')",
                (*_row(entry), file_after_sha256),
            )
            conn.execute(
                "INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)",
                (_pending_offset(entry.seq), revision_offset),
            )

    def commit(self, seq: int) -> None:
        """The file is replaced: the change is made."""
        conn = self._writer()
        with transaction(conn):
            _mark_committed(conn, seq)

    def abandon(self, seq: int) -> None:
        """The file could not be replaced: the change was never made, so it is forgotten."""
        conn = self._writer()
        with transaction(conn):
            deleted = conn.execute(
                "DELETE FROM history WHERE seq = ? AND state = 'pending'", (seq,)
            ).rowcount
            if deleted:
                _forget_offset(conn, seq)

    def reconcile(self, read_file: Callable[[str], bytes | None]) -> list[str]:
        """Settle changes whose writer died between recording the intent and saying it was
        done, by what their file holds now (`read_file(name)`, None if there is none):
        the new content -> made; the old content -> never made, forgotten; anything else ->
        set aside (not listed, not undoable) and described in the returned lines."""
        conn = self._writer()
        if not conn.execute("SELECT 1 FROM history WHERE state = 'pending' LIMIT 1").fetchone():
            return []  # the usual case: one indexed look, no write lock taken
        reports = []
        with transaction(conn):
            rows = conn.execute(
                f"SELECT {_COLUMNS}, file_after_sha256 FROM history WHERE state = 'pending'"
                " ORDER BY seq"
            ).fetchall()
            for row in rows:
                entry = _entry(row[:-1])
                outcome = _outcome(entry, row[-1], read_file(entry.file))
                if outcome == "made":
                    _mark_committed(conn, entry.seq)
                elif outcome == "not made":
                    conn.execute("DELETE FROM history WHERE seq = ?", (entry.seq,))
                    _forget_offset(conn, entry.seq)
                else:
                    conn.execute("UPDATE history SET state = 'unknown' WHERE seq = ?", (entry.seq,))
                    _forget_offset(conn, entry.seq)
                    reports.append(_report(entry))
        return reports

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _writer(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.data_dir, durable=True)
        return self._conn


def _about_fact(fact_id: str) -> tuple[str, list[Any]]:
    """The condition (and its parameters) that keeps the changes about `fact_id`: those
    recorded against it, and a whole file's (an import, a replacement, their undo and redo)
    that added, removed or changed it, as its `fields` say, one line per difference
    (`edits.KbDiff.lines`: `+ ID`, `- ID`, `~ ID: fields`), stored as a JSON list."""
    whole = [json.dumps(f"{sign} {fact_id}", ensure_ascii=False) for sign in "+-"]
    # Without its closing quote: the names of the fields changed follow.
    changed = json.dumps(f"~ {fact_id}: ", ensure_ascii=False)[:-1]
    condition = (
        "(fact_id = ? OR (fact_id IS NULL AND "
        "(instr(fields, ?) > 0 OR instr(fields, ?) > 0 OR instr(fields, ?) > 0)))"
    )
    return condition, [fact_id, *whole, changed]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _mark_committed(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("UPDATE history SET state = 'committed' WHERE seq = ?", (seq,))
    conn.execute(
        "INSERT INTO counters (name, value)"
        " SELECT ?, revision_after FROM history WHERE seq = ?"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (REVISION, seq),
    )
    row = conn.execute("SELECT kb FROM history WHERE seq = ?", (seq,)).fetchone()
    base = row[0] if row else None
    conn.execute(
        "INSERT INTO counters (name, value)"
        " SELECT ?, value FROM counters WHERE name = ?"
        " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        (REVISION_OFFSET if base is None else _base_offset(base), _pending_offset(seq)),
    )
    _forget_offset(conn, seq)


def _base_offset(base: str) -> str:
    """The counters row of one knowledge base's offset (see REVISION_OFFSET)."""
    return f"{REVISION_OFFSET}@{base}"


def _pending_offset(seq: int) -> str:
    return f"{REVISION_OFFSET}:{seq}"


def _forget_offset(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("DELETE FROM counters WHERE name = ?", (_pending_offset(seq),))


def insert_committed(conn: sqlite3.Connection, entry: HistoryEntry) -> None:
    """Add an entry known to be made (imported from an older log); an existing seq is kept."""
    conn.execute(
        f"INSERT OR IGNORE INTO history ({_COLUMNS}, file_after_sha256, state)"
        f" VALUES ({_PLACES}, NULL, 'committed')",
        _row(entry),
    )


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _row(entry: HistoryEntry) -> tuple[Any, ...]:
    return (
        entry.seq,
        entry.time,
        entry.actor,
        entry.action,
        entry.file,
        entry.fact_id,
        json.dumps(list(entry.fields), ensure_ascii=False),
        _json(entry.before),
        _json(entry.after),
        entry.revision_before,
        entry.revision_after,
        entry.undoes,
        entry.index,
        entry.backup,
        entry.file_before_sha256,
        entry.file_after_body,
        entry.document,
        entry.redoes,
        entry.document_backup,
        entry.base,
    )


def _entry(row: Sequence[Any]) -> HistoryEntry:
    (seq, time, actor, action, file, fact_id, fields, before, after, rev_before, rev_after,
     undoes, index, backup, before_sha, after_body, document, redoes, document_backup, base
     ) = row  # fmt: skip
    return HistoryEntry(
        seq=seq,
        time=time,
        actor=actor,
        action=action,
        file=file,
        fact_id=fact_id,
        fields=tuple(json.loads(fields)),
        before=json.loads(before) if before is not None else None,
        after=json.loads(after) if after is not None else None,
        revision_before=rev_before,
        revision_after=rev_after,
        undoes=undoes,
        index=index,
        backup=backup,
        file_before_sha256=before_sha,
        file_after_body=after_body,
        document=document,
        redoes=redoes,
        document_backup=document_backup,
        base=base,
    )
