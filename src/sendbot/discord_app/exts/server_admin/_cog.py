"""/settings: a server's own admins choose where and how sendbot answers on their server.

Only members with Manage Server (or Administrator), checked on every command;
`default_permissions` only hides the group in Discord's client. Values go to the state
database through `bot.server_settings`; the environment gives the defaults. Audit channel,
moderator roles and DMs can be set on home servers only: they belong to whoever keeps the
knowledge base. Every reply is private and one line when a value is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from sendbot.discord_app.client import SendBot
from sendbot.discord_app.errors import Refused, where
from sendbot.discord_app.exts.server_admin._render import (
    NAMES,
    cannot_post_text,
    channels_text,
    roles_text,
    show_text,
    switch_text,
)
from sendbot.discord_app.send import respond
from sendbot.discord_app.server_config import (
    AUDIT,
    CHANNELS,
    DMS,
    HOME_ONLY,
    MAX_CHANNELS,
    MAX_MOD_ROLES,
    MENTIONS,
    MOD_ROLES,
    ServerConfig,
    adding,
    format_ids,
    format_switch,
    manages_server,
    missing_to_post,
    parse_ids,
    removing,
)
from sendbot.discord_app.server_settings import SettingsUnavailable

log = logging.getLogger("sendbot.settings")

Interaction = discord.Interaction[Any]
# Where questions are asked: text channels (and their threads), and forums, where each post is
# a thread of its own; a question there is read through the thread's parent.
AnswerChannel = discord.TextChannel | discord.ForumChannel

NOT_IN_DMS = "/settings works only in a server, not in direct messages."
NOT_ADMIN = (
    "Only members with the Manage Server permission can see or change sendbot's settings here."
)
HOME_ONLY_TEXT = (
    "That setting belongs to the servers that keep the knowledge base (home servers); "
    "it can't be set here."
)
NOT_THIS_SERVER = "That {what} is not on this server."
NO_INTENT = (
    "I can't read messages nobody addressed to me: the bot runs without the Message Content "
    "intent (its operator turns it on with SENDBOT_MESSAGE_CONTENT). Nothing was changed."
)
BAD_ROLE = "@everyone and roles managed by an integration can't be moderator roles."


def _ids_or_refuse(changed: tuple[int, ...] | str) -> tuple[int, ...]:
    """The list `adding` or `removing` made, or the one line saying why it could not change."""
    if isinstance(changed, str):
        raise Refused(changed)
    return changed


Setting = Literal["channels", "mentions", "dms", "audit", "mod-roles"]
KEY_OF = {name: key for key, name in NAMES.items()}


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ServerAdmin(
    commands.GroupCog,
    group_name="settings",
    group_description="Server admins: where and how sendbot answers on this server",
):
    channels = app_commands.Group(
        name="channels", description="The channels where I answer questions on my own"
    )
    mod_roles = app_commands.Group(
        name="mod-roles", description="Roles that may use /kb (home servers only)"
    )

    def __init__(self, bot: SendBot) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: Interaction, /) -> bool:
        if interaction.guild_id is None:
            raise Refused(NOT_IN_DMS)
        if not manages_server(interaction.permissions.value):
            raise Refused(NOT_ADMIN)
        return True

    # --- helpers ----------------------------------------------------------------------------

    def _guild(self, interaction: Interaction) -> int:
        assert interaction.guild_id is not None  # interaction_check
        return interaction.guild_id

    def _home_only(self, interaction: Interaction, key: str) -> None:
        if key in HOME_ONLY and self._guild(interaction) not in self.bot.settings.home_guilds:
            raise Refused(HOME_ONLY_TEXT)

    def _on_this_server(
        self, interaction: Interaction, item: discord.abc.Snowflake, what: str
    ) -> None:
        """Discord offers only this server's channels and roles; a forged id is refused.
        (A role arrives bound to the interaction's server whatever its id, so look it up.)"""
        guild = interaction.guild
        found = None
        if guild is not None:
            found = guild.get_role(item.id) if what == "role" else guild.get_channel(item.id)
        if found is None:
            raise Refused(NOT_THIS_SERVER.format(what=what))

    def _cannot_post(self, interaction: Interaction, channel_id: int, *, replies: bool) -> str:
        """A line saying sendbot may not post in this channel of the server yet, or "": a
        setting saved there would do nothing, and the admin would not know why."""
        guild = interaction.guild
        channel = guild.get_channel(channel_id) if guild is not None else None
        me: discord.Member | None = guild.me if guild is not None else None  # None: not cached
        if me is None or channel is None or isinstance(channel, discord.CategoryChannel):
            return ""
        permissions = channel.permissions_for(me).value
        forum = isinstance(channel, discord.ForumChannel)
        missing = missing_to_post(permissions, forum=forum, replies=replies)
        return cannot_post_text(channel_id, missing)

    async def _save(self, interaction: Interaction, key: str, value: str | None, said: str) -> None:
        try:
            await self.bot.server_settings.set(self._guild(interaction), key, value)
        except SettingsUnavailable as exc:
            await respond(interaction, str(exc), ephemeral=True)
            return
        log.info("settings: %s = %r in %s", key, value, where(interaction))
        await respond(interaction, said, ephemeral=True)

    async def _change_list(
        self,
        interaction: Interaction,
        key: str,
        change: Callable[[ServerConfig], tuple[int, ...] | str],
    ) -> tuple[int, ...] | None:
        """Change one list (`change` of the settings in force makes the new list, or says
        why not) in one step with reading it: two admins adding at once both keep theirs,
        where each used to store the list it read, without the other's. The list saved, or
        None once the admin has been told it could not be."""

        def value(config: ServerConfig) -> str:
            return format_ids(_ids_or_refuse(change(config)))

        try:
            saved = await self.bot.server_settings.update(self._guild(interaction), key, value)
        except SettingsUnavailable as exc:
            await respond(interaction, str(exc), ephemeral=True)
            return None
        log.info("settings: %s = %r in %s", key, saved, where(interaction))
        return parse_ids(saved)

    async def _change_channels(
        self, interaction: Interaction, change: Callable[[ServerConfig], tuple[int, ...] | str]
    ) -> None:
        ids = await self._change_list(interaction, CHANNELS, change)
        if ids is None:
            return
        said = f"Saved. I answer questions on my own in: {channels_text(ids)}."
        said += "".join(self._cannot_post(interaction, channel, replies=True) for channel in ids)
        await respond(interaction, said, ephemeral=True)

    async def _change_mod_roles(
        self, interaction: Interaction, change: Callable[[ServerConfig], tuple[int, ...] | str]
    ) -> None:
        ids = await self._change_list(interaction, MOD_ROLES, change)
        if ids is not None:
            said = f"Saved. Moderator roles: {roles_text(ids)}."
            await respond(interaction, said, ephemeral=True)

    # --- commands ---------------------------------------------------------------------------

    @app_commands.command(name="show")
    async def show(self, interaction: Interaction) -> None:
        """What is in force on this server, and which values are the defaults."""
        config = await self.bot.server_settings.of(self._guild(interaction))
        text = show_text(config, reads_messages=self.bot.intents.message_content)
        await respond(interaction, text, ephemeral=True)

    @channels.command(name="add")
    @app_commands.describe(
        channel="A channel or forum where I answer questions nobody addressed to me"
    )
    async def channels_add(self, interaction: Interaction, channel: AnswerChannel) -> None:
        """Answer questions in this channel (or every post of this forum) on my own."""
        self._on_this_server(interaction, channel, "channel")
        if not self.bot.intents.message_content:
            raise Refused(NO_INTENT)
        await self._change_channels(
            interaction,
            lambda config: adding(
                sorted(config.answer_channels), channel.id, MAX_CHANNELS, "channel"
            ),
        )

    @channels.command(name="remove")
    @app_commands.describe(channel="A channel or forum where I should answer only when asked")
    async def channels_remove(self, interaction: Interaction, channel: AnswerChannel) -> None:
        """Stop answering on my own in this channel (mentions and /ask still work)."""
        self._on_this_server(interaction, channel, "channel")
        await self._change_channels(
            interaction,
            lambda config: removing(sorted(config.answer_channels), channel.id, "channel"),
        )

    @app_commands.command(name="mentions")
    @app_commands.describe(on="Answer messages that mention me on this server")
    async def mentions(self, interaction: Interaction, on: bool) -> None:
        """Whether I answer messages that mention me here (slash commands always work)."""
        said = f"Saved. Answering mentions on this server: {switch_text(on)}."
        await self._save(interaction, MENTIONS, format_switch(on), said)

    @app_commands.command(name="dms")
    @app_commands.describe(on="Answer direct messages (for every server; home servers only)")
    async def dms(self, interaction: Interaction, on: bool) -> None:
        """Whether I answer direct messages (bot-wide; set from a home server)."""
        self._home_only(interaction, DMS)
        said = f"Saved. Answering direct messages: {switch_text(on)}."
        await self._save(interaction, DMS, format_switch(on), said)

    @app_commands.command(name="audit")
    @app_commands.describe(channel="Where knowledge-base changes are posted (omit: nowhere)")
    async def audit(
        self, interaction: Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """Where knowledge-base changes are announced (home servers only)."""
        self._home_only(interaction, AUDIT)
        if channel is None:
            await self._save(interaction, AUDIT, "", "Saved. Changes are not announced here.")
            return
        self._on_this_server(interaction, channel, "channel")
        said = f"Saved. Knowledge-base changes are announced in <#{channel.id}>."
        said += self._cannot_post(interaction, channel.id, replies=False)
        await self._save(interaction, AUDIT, str(channel.id), said)

    @mod_roles.command(name="add")
    @app_commands.describe(role="Members with this role may use /kb")
    async def mod_roles_add(self, interaction: Interaction, role: discord.Role) -> None:
        """Let members with this role use /kb without Manage Server (home servers only)."""
        self._home_only(interaction, MOD_ROLES)
        self._on_this_server(interaction, role, "role")
        if role.is_default() or role.managed:
            raise Refused(BAD_ROLE)
        await self._change_mod_roles(
            interaction,
            lambda config: adding(config.mod_roles, role.id, MAX_MOD_ROLES, "moderator role"),
        )

    @mod_roles.command(name="remove")
    @app_commands.describe(role="A role that should no longer give /kb")
    async def mod_roles_remove(self, interaction: Interaction, role: discord.Role) -> None:
        """Stop letting this role use /kb (home servers only)."""
        self._home_only(interaction, MOD_ROLES)
        await self._change_mod_roles(
            interaction, lambda config: removing(config.mod_roles, role.id, "moderator role")
        )

    @app_commands.command(name="reset")
    @app_commands.describe(setting="The setting to take from the bot's defaults again")
    async def reset(self, interaction: Interaction, setting: Setting) -> None:
        """Go back to the default for one setting."""
        key = KEY_OF[setting]
        self._home_only(interaction, key)
        await self._save(interaction, key, None, f"Saved. {setting} is back to its default.")


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, SendBot):
        raise TypeError("the server_admin extension needs a SendBot")
    await bot.add_cog(ServerAdmin(bot))
