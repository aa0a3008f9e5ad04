"""Who may change the knowledge base from Discord, and how they are named in its history. Pure.

A moderator has Manage Server (Administrator implies it) or one of the roles in
SENDBOT_MOD_ROLES. The /kb commands carry `default_permissions(manage_guild=True)`, but that
is only a hint to Discord's client (a server admin can change it), so every command, button
and modal asks this predicate as well.
"""

from __future__ import annotations

from collections.abc import Iterable

# Discord permission bits (the documented values; the same as discord.Permissions' flags).
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5


def is_moderator(permissions: int, role_ids: Iterable[int], mod_roles: Iterable[int]) -> bool:
    """Manage Server (or Administrator) in `permissions`, or a role that is in `mod_roles`."""
    if permissions & (ADMINISTRATOR | MANAGE_GUILD):
        return True
    return not set(mod_roles).isdisjoint(role_ids)


def discord_actor(username: str) -> str:
    """Who history says made a change from Discord: `discord:<username>`, on one line."""
    name = " ".join(username.split()) or "unknown"
    return f"discord:{name}"
