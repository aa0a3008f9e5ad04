"""Per-server settings chosen with /settings, kept in SQLite (`state.sqlite3` in SENDBOT_DATA).

One row per (server, key), values as text; what the keys mean is decided by the caller. The
calls block: from the event loop they are made through `asyncio.to_thread`. One connection,
shared by those threads under a lock; WAL, so a reader never waits for a writer.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

STATE_FILE = "state.sqlite3"
GLOBAL = 0  # the row owner for bot-wide settings (no server has id 0)

SCHEMA = """
CREATE TABLE IF NOT EXISTS guild_settings (
    guild_id INTEGER,
    key TEXT,
    value TEXT,
    PRIMARY KEY (guild_id, key)
)
"""


class GuildSettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        """Opened at first use, so building a bot never touches the disk."""
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=5000")
            db.execute(SCHEMA)
            self._db = db
        return self._db

    def get(self, guild_id: int, key: str) -> str | None:
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT value FROM guild_settings WHERE guild_id = ? AND key = ?",
                    (guild_id, key),
                )
                .fetchone()
            )
        return None if row is None else str(row[0])

    def set(self, guild_id: int, key: str, value: str) -> None:
        with self._lock:
            self._connection().execute(
                "INSERT INTO guild_settings (guild_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (guild_id, key) DO UPDATE SET value = excluded.value",
                (guild_id, key, value),
            )

    def delete(self, guild_id: int, key: str) -> None:
        with self._lock:
            self._connection().execute(
                "DELETE FROM guild_settings WHERE guild_id = ? AND key = ?", (guild_id, key)
            )

    def for_guild(self, guild_id: int) -> dict[str, str]:
        with self._lock:
            rows = (
                self._connection()
                .execute("SELECT key, value FROM guild_settings WHERE guild_id = ?", (guild_id,))
                .fetchall()
            )
        return {str(key): str(value) for key, value in rows}

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
