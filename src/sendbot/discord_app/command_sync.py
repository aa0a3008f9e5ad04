"""Registering the slash commands with Discord: explicitly, or at start only when they changed.

Discord rate-limits command registration, and a global sync takes a while to reach every
server, so sendbot does not sync on every start. It keeps a fingerprint (SHA-256 of the
command payloads it would send, with where they went) in the data directory, never in the
source tree, and syncs only when that differs. `sendbot sync` always syncs.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

from sendbot.storage.atomic import write_atomic

log = logging.getLogger("sendbot.sync")

STATE_FILE = "command-sync.json"


def scope_name(guild_id: int | None) -> str:
    return f"guild:{guild_id}" if guild_id is not None else "global"


def command_payloads(tree: app_commands.CommandTree[Any], guild_id: int | None) -> list[Any]:
    """What `tree.sync` would send for this scope, in a stable order."""
    guild = discord.Object(guild_id) if guild_id is not None else None
    payloads = [command.to_dict(tree) for command in tree.get_commands(guild=guild)]
    return sorted(payloads, key=lambda payload: (payload.get("type", 1), payload["name"]))


def fingerprint(payloads: Sequence[Any], scope: str) -> str:
    text = json.dumps({"scope": scope, "commands": list(payloads)}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def read_state(data_dir: Path) -> dict[str, str]:
    try:
        state = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(state, dict):
        return {}
    return {str(key): str(value) for key, value in state.items()}


def write_state(data_dir: Path, state: dict[str, str]) -> None:
    """Atomically: a half-written file would only cause one extra sync, but still."""
    data_dir.mkdir(parents=True, exist_ok=True)
    text = json.dumps(state, indent=2, sort_keys=True)
    write_atomic(data_dir / STATE_FILE, text.encode("utf-8"), durable=False)


async def sync_commands(
    tree: app_commands.CommandTree[Any], guild_id: int | None, data_dir: Path | None = None
) -> list[app_commands.AppCommand]:
    """Register the commands now (to the guild, else globally) and remember the fingerprint."""
    guild = discord.Object(guild_id) if guild_id is not None else None
    synced = await tree.sync(guild=guild)
    if data_dir is not None:
        scope = scope_name(guild_id)
        _remember(data_dir, scope, fingerprint(command_payloads(tree, guild_id), scope))
    return synced


async def sync_if_changed(
    tree: app_commands.CommandTree[Any], guild_id: int | None, data_dir: Path
) -> bool:
    """Sync only when the command set (or where it goes) changed since the last sync."""
    scope = scope_name(guild_id)
    current = fingerprint(command_payloads(tree, guild_id), scope)
    if read_state(data_dir).get(scope) == current:
        log.info("slash commands unchanged since the last sync (%s): not syncing", scope)
        return False
    synced = await tree.sync(guild=discord.Object(guild_id) if guild_id is not None else None)
    log.info("synced %d slash commands (%s)", len(synced), scope)
    _remember(data_dir, scope, current)
    return True


def _remember(data_dir: Path, scope: str, value: str) -> None:
    try:
        write_state(data_dir, read_state(data_dir) | {scope: value})
    except OSError as exc:
        log.warning(
            "could not save the command fingerprint in %s (%s): commands will sync again "
            "at the next start",
            data_dir,
            exc.strerror or type(exc).__name__,
        )
