"""Who may use /kb from Discord: the rule in `_moderation` applied to an interaction.

Checked on every /kb command, button and form; `default_permissions` only hides the
commands in Discord's client.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

from sendbot.discord_app.errors import where
from sendbot.discord_app.exts.kb_admin._moderation import is_moderator
from sendbot.discord_app.exts.kb_admin._render import NOTHING_CHANGED
from sendbot.discord_app.send import respond

if TYPE_CHECKING:
    from sendbot.discord_app.client import SendBot

log = logging.getLogger("sendbot.kb_admin")

NOT_MODERATOR = (
    "Only moderators can use /kb: it needs the Manage Server permission or one of the "
    f"moderator roles. {NOTHING_CHANGED}"
)
NOT_IN_DMS = "The /kb commands work only in a server, not in direct messages."

Interaction = discord.Interaction[Any]


def refusal(interaction: Interaction, mod_roles: tuple[int, ...]) -> str | None:
    """Why this user may not use /kb here, or None when they may."""
    user = interaction.user
    if interaction.guild_id is None or not isinstance(user, discord.Member):
        return NOT_IN_DMS
    roles = [role.id for role in user.roles]
    if is_moderator(interaction.permissions.value, roles, mod_roles):
        return None
    return NOT_MODERATOR


async def allowed(interaction: Interaction, bot: SendBot, what: str) -> bool:
    """For buttons and modals: a refusal, ephemeral, for anyone who is not a moderator."""
    reason = refusal(interaction, bot.settings.mod_roles)
    if reason is None:
        return True
    log.info("refused %s: not a moderator", where(interaction, what))
    await respond(interaction, reason, ephemeral=True)
    return False
