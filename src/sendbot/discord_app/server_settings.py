"""Each server's settings as the bot uses them: read from the state database, kept a minute.

Every chat message and /kb check asks for its server's settings, so they are cached; a
change made here drops the cached copy at once. The minute's expiry is for other processes
sharing the database (see docs/discord.md, "Beyond one process"). When the database cannot
be read, the environment's defaults apply and the log says why.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable

from sendbot.discord_app.server_config import DMS, ServerConfig, resolve
from sendbot.settings import Settings
from sendbot.storage.database import DatabaseError, database_path
from sendbot.storage.guild_settings import GLOBAL_OWNER, GuildSettings

log = logging.getLogger("sendbot.settings")

CACHE_SECONDS = 60.0
GLOBAL = GLOBAL_OWNER
# What a database that cannot be used raises: locked past the busy timeout, unreadable, newer.
UNAVAILABLE = (sqlite3.Error, DatabaseError, OSError)


NOT_SAVED = "I could not save that (the settings database is not writable); nothing was changed."


class SettingsUnavailable(RuntimeError):
    """The state database could not be written; the message is for the user."""


class ServerSettings:
    def __init__(
        self,
        store: GuildSettings,
        settings: Settings,
        *,
        channel_guild: Callable[[int], int | None] = lambda channel_id: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.settings = settings
        self.channel_guild = channel_guild  # which server a channel is in, when known
        self.clock = clock
        self._cache: dict[int, tuple[float, ServerConfig]] = {}
        self._unreadable: str | None = None  # why the last read failed, already logged

    async def of(self, guild_id: int | None) -> ServerConfig:
        key = GLOBAL if guild_id is None else guild_id
        now = self.clock()
        cached = self._cache.get(key)
        if cached is not None and now - cached[0] < CACHE_SECONDS:
            return cached[1]
        try:
            stored, bot_wide = await asyncio.to_thread(self._read, guild_id)
        except UNAVAILABLE as exc:
            # Once per reason, not once a minute for every server while the database stays
            # unreadable (a damaged one the bot was started over, say).
            # A DatabaseError names the database itself.
            said = str(exc) if isinstance(exc, DatabaseError) else f"{self._path}: {exc}"
            level = logging.DEBUG if said == self._unreadable else logging.ERROR
            log.log(level, "cannot read %s; using the defaults", said)
            self._unreadable = said
            stored, bot_wide = {}, {}
        else:
            self._unreadable = None
        config = self._resolve(guild_id, stored, bot_wide)
        self._cache[key] = (now, config)
        return config

    def _resolve(
        self, guild_id: int | None, stored: dict[str, str], bot_wide: dict[str, str]
    ) -> ServerConfig:
        env_audit = self.settings.audit_channel
        env_channel_guilds = {
            channel: guild
            for channel in self.settings.answer_channels
            if (guild := self.channel_guild(channel)) is not None
        }
        return resolve(
            guild_id,
            stored,
            bot_wide,
            self.settings,
            env_audit_guild=self.channel_guild(env_audit) if env_audit is not None else None,
            env_channel_guilds=env_channel_guilds,
        )

    def _read(self, guild_id: int | None) -> tuple[dict[str, str], dict[str, str]]:
        bot_wide = self.store.all_for_guild(GLOBAL)
        return (self.store.all_for_guild(guild_id) if guild_id is not None else {}), bot_wide

    async def set(self, guild_id: int, key: str, value: str | None) -> None:
        """Store a value (None: back to the default). SettingsUnavailable if it fails."""
        owner = GLOBAL if key == DMS else guild_id
        try:
            if value is None:
                await asyncio.to_thread(self.store.delete, owner, key)
            else:
                await asyncio.to_thread(self.store.set, owner, key, value)
        except UNAVAILABLE as exc:
            log.error("cannot write %s: %s", self._path, exc)
            raise SettingsUnavailable(NOT_SAVED) from None
        if owner == GLOBAL:
            self._cache.clear()
        else:
            self._cache.pop(owner, None)

    async def update(self, guild_id: int, key: str, change: Callable[[ServerConfig], str]) -> str:
        """Store `change(the settings in force now)` as `key`'s value, read and written at
        once (a list two admins add to together keeps both); `change` raises to refuse.
        SettingsUnavailable if the database cannot be written."""

        def stored_change(stored: dict[str, str], bot_wide: dict[str, str]) -> str:
            return change(self._resolve(guild_id, stored, bot_wide))

        try:
            value = await asyncio.to_thread(self.store.update, guild_id, key, stored_change)
        except UNAVAILABLE as exc:
            log.error("cannot write %s: %s", self._path, exc)
            raise SettingsUnavailable(NOT_SAVED) from None
        self._cache.pop(guild_id, None)
        return value

    async def audit_channels(self) -> list[int]:
        """Where knowledge-base changes are announced: each home server's audit channel."""
        if not self.settings.home_guilds:
            return [self.settings.audit_channel] if self.settings.audit_channel else []
        found = [(await self.of(guild)).audit_channel for guild in self.settings.home_guilds]
        return list(dict.fromkeys(channel for channel in found if channel is not None))

    @property
    def _path(self) -> str:
        return str(database_path(self.store.data_dir))
