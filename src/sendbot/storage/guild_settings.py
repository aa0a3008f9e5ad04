"""Per-server settings: (guild id, key) -> text value, in the state database.

Values are text; the caller decides what a key means and how its value is parsed. Each call
opens its own connection, so these may be used from any thread (from the bot: via
asyncio.to_thread, so the event loop never waits on the disk).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sendbot.storage.database import has_state, opened, transaction

GLOBAL_OWNER = 0  # the row owner for bot-wide settings (no server has id 0)


class GuildSettings:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    def get(self, guild_id: int, key: str) -> str | None:
        if not has_state(self.data_dir):
            return None
        with opened(self.data_dir) as conn:
            row = conn.execute(
                "SELECT value FROM guild_settings WHERE guild_id = ? AND key = ?", (guild_id, key)
            ).fetchone()
        return str(row[0]) if row else None

    def set(self, guild_id: int, key: str, value: str) -> None:
        with opened(self.data_dir) as conn, transaction(conn):
            _store(conn, guild_id, key, value)

    def update(
        self, guild_id: int, key: str, change: Callable[[dict[str, str], dict[str, str]], str]
    ) -> str:
        """Store `change(this server's values, the bot-wide ones)` as `key`'s value, read and
        written in one transaction, so that two admins adding to the same list at once (in
        this process or another) both keep their addition. `change` raises to refuse; the
        value stored is returned."""
        with opened(self.data_dir) as conn, transaction(conn):
            value = change(_values(conn, guild_id), _values(conn, GLOBAL_OWNER))
            _store(conn, guild_id, key, value)
        return value

    def delete(self, guild_id: int, key: str) -> bool:
        """Forget one setting; True if there was one."""
        if not has_state(self.data_dir):
            return False
        with opened(self.data_dir) as conn, transaction(conn):
            cursor = conn.execute(
                "DELETE FROM guild_settings WHERE guild_id = ? AND key = ?", (guild_id, key)
            )
        return cursor.rowcount > 0

    def all_for_guild(self, guild_id: int) -> dict[str, str]:
        if not has_state(self.data_dir):
            return {}
        with opened(self.data_dir) as conn:
            return _values(conn, guild_id)


def _values(conn: sqlite3.Connection, guild_id: int) -> dict[str, str]:
    rows = conn.execute(
        "SELECT key, value FROM guild_settings WHERE guild_id = ? ORDER BY key", (guild_id,)
    ).fetchall()
    return {str(key): str(value) for key, value in rows}


def _store(conn: sqlite3.Connection, guild_id: int, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO guild_settings (guild_id, key, value) VALUES (?, ?, ?)"
        " ON CONFLICT (guild_id, key) DO UPDATE SET value = excluded.value",
        (guild_id, key, value),
    )
