"""Who may use /kb from Discord: the rules in `_moderation` applied to an interaction.

Checked on every /kb command, button, form and autocomplete; registering /kb on home servers
only and `default_permissions` only decide what Discord's client shows.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

from sendbot.discord_app.errors import where
from sendbot.discord_app.exts.kb_admin._moderation import is_home, is_moderator
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
NOT_HOME = (
    "The knowledge base is kept from its home servers only: /kb does not work on this server. "
    f"{NOTHING_CHANGED}"
)

Interaction = discord.Interaction[Any]


async def refusal(interaction: Interaction, bot: SendBot) -> str | None:
    """Why this user may not use /kb here, or None when they may."""
    user = interaction.user
    if interaction.guild_id is None or not isinstance(user, discord.Member):
        return NOT_IN_DMS
    if not is_home(interaction.guild_id, bot.settings.home_guilds):
        return NOT_HOME
    config = await bot.server_settings.of(interaction.guild_id)
    roles = [role.id for role in user.roles]
    if is_moderator(interaction.permissions.value, roles, config.mod_roles):
        return None
    return NOT_MODERATOR


async def allowed(interaction: Interaction, bot: SendBot, what: str) -> bool:
    """For buttons and modals: a refusal, ephemeral, for anyone who may not use /kb here."""
    reason = await refusal(interaction, bot)
    if reason is None:
        return True
    log.info("refused %s: %s", where(interaction, what), reason)
    await respond(interaction, reason, ephemeral=True)
    return False
