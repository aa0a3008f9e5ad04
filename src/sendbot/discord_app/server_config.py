"""What is in force on one server: its /settings values over the environment's defaults. Pure.

Keys stored per server (text values in the state database):
- `channels`: channel ids, comma-separated ("" = none), where sendbot answers on its own;
- `mentions`: "on" / "off", whether it answers messages that mention it;
- `audit`: a channel id, or "" for none (home servers only);
- `mod_roles`: role ids, comma-separated (home servers only).
One bot-wide key, set from a home server: `dms` ("on" / "off"), whether it answers DMs.
A key not stored takes its default from the environment (SENDBOT_CHANNELS, SENDBOT_AUDIT_CHANNEL,
SENDBOT_MOD_ROLES; mentions and DMs default to on). A server's default answer channels are the
SENDBOT_CHANNELS ids that are its own channels (or whose server is not known).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sendbot.settings import Settings

# Discord permission bits (the documented values; the same as discord.Permissions' flags).
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
SEND_MESSAGES_IN_THREADS = 1 << 38

CHANNELS, MENTIONS, DMS, AUDIT, MOD_ROLES = "channels", "mentions", "dms", "audit", "mod_roles"
HOME_ONLY = frozenset({AUDIT, MOD_ROLES, DMS})
KEYS = (CHANNELS, MENTIONS, DMS, AUDIT, MOD_ROLES)
MAX_CHANNELS = 25
MAX_MOD_ROLES = 10


def manages_server(permissions: int) -> bool:
    """Manage Server, or Administrator (which implies it)."""
    return bool(permissions & (ADMINISTRATOR | MANAGE_GUILD))


def missing_to_post(permissions: int, *, forum: bool = False, replies: bool = False) -> list[str]:
    """The permissions sendbot lacks, with its own `permissions` in a channel, to post there
    (its answers and audit notes are embeds); in a forum it posts in each post's thread, and
    a reply to a message (`replies`) needs its history."""
    if permissions & ADMINISTRATOR:
        return []
    send = (
        ("Send Messages in Threads", SEND_MESSAGES_IN_THREADS)
        if forum
        else ("Send Messages", SEND_MESSAGES)
    )
    needed = [("View Channels", VIEW_CHANNEL), send, ("Embed Links", EMBED_LINKS)]
    if replies:
        needed.append(("Read Message History", READ_MESSAGE_HISTORY))
    return [name for name, bit in needed if not permissions & bit]


def format_ids(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in dict.fromkeys(ids))


def parse_ids(value: str) -> tuple[int, ...]:
    """Stored ids back; anything unreadable is skipped (it can only come from a hand edit)."""
    return tuple(int(part) for part in value.split(",") if part.strip().isdigit())


def format_switch(on: bool) -> str:
    return "on" if on else "off"


def parse_switch(value: str, default: bool) -> bool:
    return {"on": True, "off": False}.get(value.strip().lower(), default)


@dataclass(frozen=True, slots=True)
class ServerConfig:
    guild_id: int | None  # None: a direct message
    home: bool
    answer_channels: frozenset[int]
    mentions: bool
    dms: bool
    audit_channel: int | None
    mod_roles: tuple[int, ...]
    chosen: frozenset[str]  # the keys set with /settings (the rest are defaults)


def resolve(
    guild_id: int | None,
    stored: Mapping[str, str],
    bot_wide: Mapping[str, str],
    settings: Settings,
    *,
    env_audit_guild: int | None = None,
    env_channel_guilds: Mapping[int, int] | None = None,
) -> ServerConfig:
    """The settings in force on `guild_id`: stored values over the environment's.

    SENDBOT_AUDIT_CHANNEL is the default audit channel of the home server it belongs to
    (`env_audit_guild`, when known), else of the first home server. SENDBOT_CHANNELS ids are
    default answer channels of the server each is in (`env_channel_guilds`, the ones known).
    """
    home = guild_id is not None and guild_id in settings.home_guilds
    stored = stored if guild_id is not None else {}
    channels = (
        parse_ids(stored[CHANNELS])
        if CHANNELS in stored
        else own_channels(settings.answer_channels, guild_id, env_channel_guilds or {})
    )
    audit: int | None = None
    if home and AUDIT in stored:
        audit = parse_ids(stored[AUDIT])[0] if parse_ids(stored[AUDIT]) else None
    elif home and settings.audit_channel is not None:
        owner = env_audit_guild if env_audit_guild is not None else settings.home_guilds[0]
        audit = settings.audit_channel if owner == guild_id else None
    roles = settings.mod_roles
    if home and MOD_ROLES in stored:
        roles = parse_ids(stored[MOD_ROLES])
    chosen = {key for key in stored if key in KEYS and (home or key not in HOME_ONLY)}
    if DMS in bot_wide:
        chosen.add(DMS)
    return ServerConfig(
        guild_id=guild_id,
        home=home,
        answer_channels=frozenset(channels),
        mentions=parse_switch(stored.get(MENTIONS, ""), True),
        dms=parse_switch(bot_wide.get(DMS, ""), True),
        audit_channel=audit,
        mod_roles=tuple(roles),
        chosen=frozenset(chosen),
    )


def own_channels(
    channels: Iterable[int], guild_id: int | None, channel_guilds: Mapping[int, int]
) -> tuple[int, ...]:
    """The `channels` of server `guild_id`, and those whose server is not known. Another
    server's channel never sees a message from this one, and /help and /settings would name
    it there as "#unknown" (and `/settings channels add` would save it with the new one)."""
    return tuple(c for c in channels if channel_guilds.get(c, guild_id) == guild_id)


def misplaced_audit_channel(settings: Settings, channel_guild: int | None) -> str | None:
    """Why SENDBOT_AUDIT_CHANNEL is never posted to, when the server it is in (`channel_guild`)
    is known and is not a home server: only home servers' audit channels are announced in, so
    every /kb change would go unannounced without a word."""
    channel = settings.audit_channel
    if channel is None or channel_guild is None or not settings.home_guilds:
        return None
    if channel_guild in settings.home_guilds:
        return None
    return (
        f"SENDBOT_AUDIT_CHANNEL {channel} is a channel of server {channel_guild}, which is not "
        "a home server (SENDBOT_HOME_GUILDS), so knowledge-base changes are never posted there: "
        "name a channel of a home server, or choose one there with /settings audit"
    )


def unknown_mod_roles(settings: Settings, home_roles: Mapping[int, Collection[int]]) -> str | None:
    """SENDBOT_MOD_ROLES ids that are a role of no home server (`home_roles`: each home
    server's role ids), judged only when every home server is known: nobody holding them,
    the moderators they were meant for are refused /kb without knowing why."""
    if not settings.mod_roles or set(settings.home_guilds) - set(home_roles):
        return None
    known = {role for roles in home_roles.values() for role in roles}
    unknown = [role for role in settings.mod_roles if role not in known]
    if not unknown:
        return None
    which = ", ".join(str(role) for role in unknown)
    return (
        f"SENDBOT_MOD_ROLES: {which} {'is not a role' if len(unknown) == 1 else 'are not roles'}"
        " of a home server (SENDBOT_HOME_GUILDS), so nobody gets /kb through "
        f"{'it' if len(unknown) == 1 else 'them'}: copy a role's id in a home server (Developer "
        "Mode, then right-click the role), or choose roles there with /settings mod-roles"
    )


def adding(current: Collection[int], new: int, limit: int, what: str) -> tuple[int, ...] | str:
    """`current` plus `new`, or why not (one line)."""
    if new in current:
        return f"That {what} is already in the list."
    if len(current) >= limit:
        return f"There can be at most {limit} {what}s; remove one first."
    return (*current, new)


def removing(current: Collection[int], old: int, what: str) -> tuple[int, ...] | str:
    if old not in current:
        return f"That {what} is not in the list."
    return tuple(item for item in current if item != old)
