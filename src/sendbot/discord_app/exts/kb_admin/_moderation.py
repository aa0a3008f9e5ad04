"""Who may change the knowledge base from Discord, and how they are named in its history. Pure.

Only on a home server (SENDBOT_HOME_GUILDS): there is one knowledge base for every server,
so the admins of any other server must not change it. There, a moderator has Manage Server
(Administrator implies it) or one of the server's moderator roles (/settings, else
SENDBOT_MOD_ROLES). The /kb commands are registered on home servers only and carry
`default_permissions(manage_guild=True)`, but both only shape what Discord's client shows
(a server admin can change the second), so every command, button and modal asks these
predicates as well.
"""

from __future__ import annotations

from collections.abc import Iterable

from sendbot.discord_app.server_config import ADMINISTRATOR, MANAGE_GUILD, manages_server

__all__ = ["ADMINISTRATOR", "MANAGE_GUILD", "discord_actor", "is_home", "is_moderator"]


def is_moderator(permissions: int, role_ids: Iterable[int], mod_roles: Iterable[int]) -> bool:
    """Manage Server (or Administrator) in `permissions`, or a role that is in `mod_roles`."""
    if manages_server(permissions):
        return True
    return not set(mod_roles).isdisjoint(role_ids)


def discord_actor(user_id: int, display_name: str) -> str:
    """Who history says made a change from Discord: `discord:<id> (<display name>)`, on one
    line. The id stays the same when the name changes; the name is for reading."""
    name = " ".join(display_name.split()).replace(")", "]").replace("(", "[") or "unknown"
    return f"discord:{user_id} ({name})"


def is_home(guild_id: int | None, home_guilds: Iterable[int]) -> bool:
    return guild_id is not None and guild_id in set(home_guilds)
