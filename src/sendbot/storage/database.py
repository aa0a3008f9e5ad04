"""The runtime state database: one SQLite file, `SENDBOT_DATA/state.sqlite3`.

It holds the change history, the unanswered questions, the answer counts, a few counters and
per-server settings. Every process (the bot, `sendbot kb ...`) opens its own connections;
WAL lets readers go on while one writer writes, and the busy timeout makes a second writer
wait instead of failing.

Durability: a connection opened with `durable=True` (the knowledge store's, which records a
change's intent before the knowledge file is renamed) uses synchronous=FULL, so a committed
row survives a power cut, not just a killed process. Tallies use NORMAL: in WAL mode that
never corrupts the file, and losing the last few counts in a power cut is not worth a disk
flush per question.

The schema is versioned with PRAGMA user_version: `MIGRATIONS[n]` takes the file from version
n to n + 1, in one transaction, so two processes starting at once cannot both apply it. State
kept in the JSON-lines files of earlier versions is imported once, then those files are
renamed `*.migrated` (see `sendbot.storage.legacy`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

DATABASE_FILE = "state.sqlite3"
BUSY_TIMEOUT_MS = 15_000
LOW_SPACE = 64 * 1024  # bytes free below which the disk is as good as full to SQLite

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1
    """
    CREATE TABLE history (
        seq INTEGER PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('pending', 'committed', 'unknown')),
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        file TEXT NOT NULL,
        fact_id TEXT,
        fields TEXT NOT NULL,             -- JSON list
        before TEXT,                      -- JSON fact record, NULL: the fact did not exist
        after TEXT,                       -- JSON fact record, NULL: the fact was removed
        revision_before INTEGER NOT NULL,
        revision_after INTEGER NOT NULL,
        undoes INTEGER,
        fact_index INTEGER,
        backup TEXT,                      -- the file before, relative to the data directory
        file_before_sha256 TEXT,          -- NULL: the change created the file
        file_after_body TEXT,             -- revisions.body_hash of the file after
        file_after_sha256 TEXT            -- NULL: the change deleted the file (or unknown)
    );
    CREATE INDEX history_by_fact ON history (fact_id, seq);
    CREATE INDEX history_by_state ON history (state);
    CREATE TABLE gaps (
        key TEXT PRIMARY KEY,             -- the question folded: case, spacing, punctuation
        question TEXT NOT NULL,           -- the latest wording, scrubbed of mentions and ids
        count INTEGER NOT NULL,
        first TEXT NOT NULL,
        last TEXT NOT NULL,
        reasons TEXT NOT NULL,            -- JSON {reason: n}
        suggested TEXT NOT NULL           -- JSON {fact_id: n}
    );
    CREATE INDEX gaps_by_rank ON gaps (count, last);
    CREATE TABLE answer_counts (fact_id TEXT PRIMARY KEY, count INTEGER NOT NULL);
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    CREATE TABLE guild_settings (
        guild_id INTEGER NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (guild_id, key)
    );
    CREATE TABLE legacy_imports (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
    """,
    # 1 -> 2: the source document an add-source put into sources/, which its undo takes away
    """
    ALTER TABLE history ADD COLUMN document TEXT;
    """,
    # 2 -> 3: redo. A redo names the change it re-applies; an undo that took a document away
    # keeps a copy of it in backups/, for a redo to put back.
    """
    ALTER TABLE history ADD COLUMN redoes INTEGER;
    ALTER TABLE history ADD COLUMN document_backup TEXT;
    """,
    # 3 -> 4: which knowledge base (its real path, `knowledge_base_id`) a change was made to,
    # and a question asked of, when one data directory serves several. Rows recorded before
    # are kept, with no base (NULL in history, '' in gaps), and shown for every base.
    """
    ALTER TABLE history ADD COLUMN kb TEXT;
    CREATE TABLE gaps_by_base (
        kb TEXT NOT NULL DEFAULT '',
        key TEXT NOT NULL,
        question TEXT NOT NULL,
        count INTEGER NOT NULL,
        first TEXT NOT NULL,
        last TEXT NOT NULL,
        reasons TEXT NOT NULL,
        suggested TEXT NOT NULL,
        PRIMARY KEY (kb, key)
    );
    INSERT INTO gaps_by_base (kb, key, question, count, first, last, reasons, suggested)
        SELECT '', key, question, count, first, last, reasons, suggested FROM gaps;
    DROP TABLE gaps;
    ALTER TABLE gaps_by_base RENAME TO gaps;
    CREATE INDEX gaps_by_rank ON gaps (kb, count, last);
    """,
    # 4 -> 5: until the gap log noted "partial" (a reply on topic that the source answers
    # only in part), such a reply was counted as "abstained": the counts recorded before
    # cannot be told apart, and are kept as "abstained-or-partial" (gaps.BEFORE_PARTIAL).
    """
    UPDATE gaps SET reasons = REPLACE(reasons, '"abstained":', '"abstained-or-partial":');
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(Exception):
    """The state database cannot be used (written by a newer sendbot, or unreadable)."""


def knowledge_base_id(kb_dir: Path) -> str:
    """How history and the gap log name a knowledge base: its real path, so that `--kb kb`,
    `--kb ./kb/` and a link to it are one base."""
    return os.path.realpath(kb_dir)


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE


def connect(data_dir: Path, *, durable: bool = False) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the state database in `data_dir`.

    The connection is in autocommit mode: group statements with `transaction`. It may be used
    from any thread, but by one at a time.
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(
            database_path(data_dir),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:  # "unable to open database file"
        raise DatabaseError(_unusable(data_dir, exc)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _use_wal(conn)
        conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        _migrate(conn)
        _import_legacy_files(conn, data_dir)
        _scrub_stored_questions(conn)
    except (sqlite3.DatabaseError, DatabaseError) as exc:
        conn.close()
        raise DatabaseError(_unusable(data_dir, exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting for the database as the busy timeout would: SQLite does not wait
    to change the journal mode, so two first connections to a new database at once (two
    admins' first settings change) saw "database is locked". A database stays WAL once
    switched, so later connections find it done at once."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _unusable(data_dir: Path, exc: Exception) -> str:
    """One line: the database, SQLite's words, and what they leave out. "disk I/O error" and
    "unable to open database file" are what it says when it cannot create its journal files
    beside the database, on a full or read-only disk; "file is not a database" and
    "malformed" mean the file is damaged, which leaves the knowledge files as they are."""
    said = f"{database_path(data_dir)}: {exc}"
    try:
        free = shutil.disk_usage(data_dir).free
        read_only = bool(os.statvfs(data_dir).f_flag & os.ST_RDONLY)
    except OSError:
        free, read_only = LOW_SPACE, False
    if read_only:
        return f"{said} (the disk holding it is read-only)"
    if free < LOW_SPACE:
        return f"{said} (the disk holding it is full)"
    if database_path(data_dir).is_dir():
        # SQLite says only "unable to open database file", which reads like a permission.
        return (
            f"{database_path(data_dir)}: is a directory, not the state database; move it "
            "aside to start history, gaps and stats afresh"
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return (
            f"{said}; the knowledge files are unaffected: restore it from a backup, or move "
            "it aside to start history, gaps and stats afresh"
        )
    return said


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error): the write lock is taken up front, so
    a read-then-write inside cannot fail half way with SQLITE_BUSY."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def opened(data_dir: Path, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection for one piece of work, closed afterwards."""
    conn = connect(data_dir, durable=durable)
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def reading(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """A connection to read with, closed afterwards: `opened`'s, or when the database cannot
    be opened for writing (a read-only mount or directory, a full disk) a read-only one, so
    `kb history`, `kb gaps` and `kb stats` still show what is recorded. Only a database at
    this sendbot's schema is read that way (an older one needs upgrading first, which needs
    writing); otherwise `opened`'s DatabaseError stands. Queries only: writing through it
    fails."""
    try:
        conn = connect(data_dir)
    except DatabaseError as exc:
        conn = _read_only(Path(data_dir), exc)
    try:
        yield conn
    finally:
        conn.close()


def _read_only(data_dir: Path, why: DatabaseError) -> sqlite3.Connection:
    """The database opened read-only, or `why` raised. `mode=ro` reads a WAL database when
    its -wal and -shm files are there or can be made; in a directory that cannot be written,
    with neither there (the last writer closed cleanly), only `immutable=1` opens it, and
    nothing can be writing it then."""
    path = urllib.parse.quote(str(database_path(data_dir).absolute()))
    if not database_path(data_dir).is_file():
        raise why
    for options in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"file:{path}?{options}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None, check_same_thread=False,
        )  # fmt: skip
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error:
            conn.close()
            continue
        if version != SCHEMA_VERSION:
            conn.close()
            raise why
        return conn
    raise why


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        return
    with transaction(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process?
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"the state database is at schema version {version}; this sendbot knows "
                f"up to {SCHEMA_VERSION}: upgrade sendbot"
            )
        for script in MIGRATIONS[version:]:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _import_legacy_files(conn: sqlite3.Connection, data_dir: Path) -> None:
    # Imported here, not at the top: the importer uses the tables' writers, which use this
    # module to connect.
    from sendbot.storage import legacy

    if legacy.has_legacy_files(data_dir):
        legacy.import_legacy_files(conn, data_dir)


def _scrub_stored_questions(conn: sqlite3.Connection) -> None:
    # Imported here, as the legacy importer is: the gap log uses this module to connect.
    from sendbot.storage.gaps import scrub_stored

    scrub_stored(conn)


def has_state(data_dir: Path) -> bool:
    """Whether there is anything to read: the database, or state files still to import."""
    from sendbot.storage import legacy

    return database_path(data_dir).exists() or legacy.has_legacy_files(Path(data_dir))
