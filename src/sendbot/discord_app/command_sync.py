"""Registering the slash commands with Discord: explicitly, or at start only when they changed.

Discord rate-limits command registration, and a global sync takes a while to reach every
server, so sendbot does not sync on every start. It keeps a fingerprint (SHA-256 of the
command payloads it would send, with where they went) in the data directory, never in the
source tree, and syncs only when that differs. `sendbot sync` always syncs.

The command set goes to several scopes: the members' commands globally (or to
SENDBOT_DEV_GUILD), and /kb to each home server only. A server that was a scope at the last
sync and no longer is (say, no longer a home server) has its commands removed.
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


GUILD_PREFIX = "guild:"


def scope_name(guild_id: int | None) -> str:
    return f"{GUILD_PREFIX}{guild_id}" if guild_id is not None else "global"


def command_scopes(dev_guild: int | None, home_guilds: Sequence[int]) -> list[int | None]:
    """Where commands go: the dev guild (else globally), then each other home server."""
    scopes: list[int | None] = [dev_guild]
    scopes += [guild for guild in dict.fromkeys(home_guilds) if guild != dev_guild]
    return scopes


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


MISSING_ACCESS = 50001  # Discord's code when the application is not in that server


class NotInServer(Exception):
    """A server to register commands in does not have sendbot: what to do, in one line."""


def not_in_server(scope: int | None, exc: discord.HTTPException) -> str | None:
    """Why a server refused the commands, when the reason is that sendbot is not in it (a
    wrong or stale id in SENDBOT_HOME_GUILDS or SENDBOT_DEV_GUILD): running `sendbot sync`
    again would only fail again."""
    if scope is None or exc.code != MISSING_ACCESS:
        return None
    return (
        f"could not register the slash commands in server {scope}: Discord says Missing "
        "Access: sendbot is not in that server, or was invited without the "
        "applications.commands scope; invite it there with the bot and applications.commands "
        "scopes, or take the id out of SENDBOT_HOME_GUILDS and SENDBOT_DEV_GUILD"
    )


async def sync_scopes(
    tree: app_commands.CommandTree[Any], scopes: Sequence[int | None], data_dir: Path | None
) -> list[tuple[int | None, list[app_commands.AppCommand]]]:
    """`sendbot sync`: register every scope now; (scope, what it holds) for each. NotInServer
    for a server that does not have sendbot."""
    registered = []
    for scope in scopes:
        try:
            registered.append((scope, await sync_commands(tree, scope, data_dir)))
        except discord.HTTPException as exc:
            reason = not_in_server(scope, exc)
            if reason is None:
                raise
            raise NotInServer(reason) from exc
    return registered


async def sync_scopes_if_changed(
    tree: app_commands.CommandTree[Any], scopes: Sequence[int | None], data_dir: Path
) -> None:
    """At start: sync each scope whose commands changed, and empty servers no longer used.

    One failing scope (a server that removed the bot, say) does not stop the others.
    """
    wanted = {scope_name(scope) for scope in scopes}
    stale = [
        int(name.removeprefix(GUILD_PREFIX))
        for name in read_state(data_dir)
        if name.startswith(GUILD_PREFIX) and name not in wanted
    ]
    for scope in scopes:
        try:
            await sync_if_changed(tree, scope, data_dir)
        except discord.HTTPException as exc:
            reason = not_in_server(scope, exc)
            if reason is not None:
                log.error(reason)
                continue
            log.error(
                "could not register the slash commands (%s: %s): run `sendbot sync`",
                scope_name(scope),
                exc,
            )
    for guild_id in stale:
        try:
            await tree.sync(guild=discord.Object(guild_id))  # nothing for it: an empty set
        except discord.HTTPException as exc:
            log.warning("could not remove the commands from guild %s: %s", guild_id, exc)
            continue
        log.info("removed the slash commands from guild %s (no longer a command scope)", guild_id)
        _forget(data_dir, scope_name(guild_id))


def _forget(data_dir: Path, scope: str) -> None:
    state = read_state(data_dir)
    state.pop(scope, None)
    try:
        write_state(data_dir, state)
    except OSError as exc:
        log.warning("could not update the command fingerprint in %s: %s", data_dir, exc)
