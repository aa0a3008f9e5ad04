"""What /settings says: the settings in force on a server, and each change. Pure text."""

from __future__ import annotations

from collections.abc import Iterable

from sendbot.discord_app.server_config import (
    AUDIT,
    CHANNELS,
    DMS,
    MENTIONS,
    MOD_ROLES,
    ServerConfig,
)

NAMES = {
    CHANNELS: "channels",
    MENTIONS: "mentions",
    DMS: "dms",
    AUDIT: "audit",
    MOD_ROLES: "mod-roles",
}


def channels_text(ids: Iterable[int]) -> str:
    shown = [f"<#{channel}>" for channel in sorted(ids)]
    return ", ".join(shown) if shown else "nowhere"


def roles_text(ids: Iterable[int]) -> str:
    shown = [f"<@&{role}>" for role in ids]
    return ", ".join(shown) if shown else "none (Manage Server only)"


def cannot_post_text(channel_id: int, missing: list[str]) -> str:
    """A line to add to a saved setting when sendbot cannot post in its channel yet."""
    if not missing:
        return ""
    return (
        f"\nBut I can't post in <#{channel_id}> yet: give me {', '.join(missing)} there "
        "(the channel's Edit Channel → Permissions)."
    )


def switch_text(on: bool) -> str:
    return "on" if on else "off"


def _origin(config: ServerConfig, key: str) -> str:
    return "set with /settings" if key in config.chosen else "default"


def show_text(config: ServerConfig, *, reads_messages: bool) -> str:
    """Every setting in force here, and whether it was chosen or is the default."""
    channels = channels_text(config.answer_channels)
    if config.answer_channels and not reads_messages:
        channels += (
            " (but the bot runs without the Message Content intent, so it does not read them)"
        )
    lines = [
        "**Settings in force on this server**",
        f"Answers questions on its own in: {channels} ({_origin(config, CHANNELS)})",
        f"Answers mentions: {switch_text(config.mentions)} ({_origin(config, MENTIONS)})",
        f"Answers direct messages (every server): {switch_text(config.dms)} "
        f"({_origin(config, DMS)})",
    ]
    if config.home:
        audit = f"<#{config.audit_channel}>" if config.audit_channel else "none"
        lines += [
            "This is a home server: its moderators keep the knowledge base with /kb.",
            f"Audit channel: {audit} ({_origin(config, AUDIT)})",
            f"Moderator roles: {roles_text(config.mod_roles)} ({_origin(config, MOD_ROLES)})",
        ]
    else:
        lines.append(
            "This is not a home server: the knowledge base is kept elsewhere, so /kb, the "
            "audit channel and moderator roles do not apply here."
        )
    return "\n".join(lines)
