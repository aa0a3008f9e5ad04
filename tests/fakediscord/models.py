"""The fake's world: users, roles, channels, members and guilds, plus permission math.

Plain dataclasses; `payloads.py` turns them into the JSON Discord would send.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag
from typing import Any, TypeVar

T = TypeVar("T")

DISCORD_EPOCH_MS = 1_420_070_400_000
_increment = itertools.count()


def snowflake() -> int:
    """A fresh, increasing Discord-style id (real timestamp bits, so snowflake_time works)."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_increment) & 0x3FFFFF)


class Permission(IntFlag):
    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38
    MODERATE_MEMBERS = 1 << 40


# Every permission bit Discord currently defines (discord.Permissions.all() is within this).
ALL_PERMISSIONS = (1 << 53) - 1

DEFAULT_EVERYONE_PERMISSIONS = (
    Permission.VIEW_CHANNEL
    | Permission.SEND_MESSAGES
    | Permission.READ_MESSAGE_HISTORY
    | Permission.ADD_REACTIONS
    | Permission.EMBED_LINKS
    | Permission.ATTACH_FILES
    | Permission.USE_EXTERNAL_EMOJIS
    | Permission.USE_APPLICATION_COMMANDS
    | Permission.SEND_MESSAGES_IN_THREADS
)


class Intent(IntFlag):
    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    GUILD_MESSAGE_REACTIONS = 1 << 10
    GUILD_MESSAGE_TYPING = 1 << 11
    DIRECT_MESSAGES = 1 << 12
    DIRECT_MESSAGE_REACTIONS = 1 << 13
    DIRECT_MESSAGE_TYPING = 1 << 14
    MESSAGE_CONTENT = 1 << 15


PRIVILEGED_INTENTS = Intent.GUILD_MEMBERS | Intent.GUILD_PRESENCES | Intent.MESSAGE_CONTENT


class ChannelType(IntEnum):
    GUILD_TEXT = 0
    DM = 1
    PUBLIC_THREAD = 11
    GUILD_FORUM = 15


@dataclass
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 0
    mentionable: bool = False
    bot_id: int | None = None  # an integration's role: the bot it was made for

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"


@dataclass
class Overwrite:
    """A channel permission overwrite; `type` 0 = role, 1 = member."""

    id: int
    type: int
    allow: int = 0
    deny: int = 0


@dataclass
class FakeChannel:
    id: int
    name: str
    type: ChannelType = ChannelType.GUILD_TEXT
    guild_id: int | None = None
    position: int = 0
    overwrites: list[Overwrite] = field(default_factory=list)
    recipients: list[FakeUser] = field(default_factory=list)  # DMs only
    parent_id: int | None = None  # threads only: the channel (or forum) it is in

    @property
    def is_thread(self) -> bool:
        return self.type == ChannelType.PUBLIC_THREAD

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"


@dataclass
class FakeMember:
    user: FakeUser
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = "2024-01-01T00:00:00.000000+00:00"

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def mention(self) -> str:
        return self.user.mention


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: list[FakeRole] = field(default_factory=list)
    channels: list[FakeChannel] = field(default_factory=list)
    members: list[FakeMember] = field(default_factory=list)

    @property
    def everyone(self) -> FakeRole:
        # Discord's invariant: the @everyone role's id is the guild id.
        return _only([r for r in self.roles if r.id == self.id], "@everyone role")

    def role(self, name: str) -> FakeRole:
        return _only([r for r in self.roles if r.name == name], f"role {name!r}")

    def channel(self, name: str) -> FakeChannel:
        return _only([c for c in self.channels if c.name == name], f"channel {name!r}")

    def get_member(self, user_id: int) -> FakeMember | None:
        return next((m for m in self.members if m.id == user_id), None)

    def member_named(self, username: str) -> FakeMember:
        found = [m for m in self.members if m.user.username == username]
        return _only(found, f"member {username!r}")

    def add_role(self, name: str, permissions: int = 0, **kwargs: Any) -> FakeRole:
        role = FakeRole(snowflake(), name, int(permissions), position=len(self.roles), **kwargs)
        self.roles.append(role)
        return role

    def add_text_channel(self, name: str, overwrites: list[Overwrite] | None = None) -> FakeChannel:
        channel = FakeChannel(snowflake(), name, guild_id=self.id, position=len(self.channels))
        channel.overwrites = overwrites or []
        self.channels.append(channel)
        return channel

    def add_forum(self, name: str) -> FakeChannel:
        """A forum channel: people post in it by opening threads (`add_thread`)."""
        channel = FakeChannel(
            snowflake(), name, ChannelType.GUILD_FORUM, self.id, position=len(self.channels)
        )
        self.channels.append(channel)
        return channel

    def add_thread(self, parent: FakeChannel, name: str) -> FakeChannel:
        """A public thread in `parent` (a forum post, or a thread off a text channel)."""
        thread = FakeChannel(
            snowflake(), name, ChannelType.PUBLIC_THREAD, self.id, parent_id=parent.id
        )
        self.channels.append(thread)
        return thread

    def add_member(self, user: FakeUser, roles: list[FakeRole] | None = None) -> FakeMember:
        member = FakeMember(user, [r.id for r in roles or []])
        self.members.append(member)
        return member

    def base_permissions(self, member: FakeMember) -> int:
        """Guild-level permissions (Discord's documented algorithm, step one)."""
        if member.id == self.owner_id:
            return ALL_PERMISSIONS
        perms = self.everyone.permissions
        for role in self.roles:
            if role.id in member.role_ids:
                perms |= role.permissions
        if perms & Permission.ADMINISTRATOR:
            return ALL_PERMISSIONS
        return perms

    def permissions_in(self, member: FakeMember, channel: FakeChannel | None) -> int:
        """Permissions after channel overwrites: @everyone, then roles, then the member."""
        perms = self.base_permissions(member)
        if perms == ALL_PERMISSIONS or channel is None:
            return perms
        by_id = {o.id: o for o in channel.overwrites}
        everyone = by_id.get(self.id)
        if everyone:
            perms = (perms & ~everyone.deny) | everyone.allow
        allow = deny = 0
        for o in channel.overwrites:
            if o.type == 0 and o.id in member.role_ids:
                allow |= o.allow
                deny |= o.deny
        perms = (perms & ~deny) | allow
        own = by_id.get(member.id)
        if own and own.type == 1:
            perms = (perms & ~own.deny) | own.allow
        return perms


def _only(found: list[T], what: str) -> T:
    if not found:
        raise LookupError(f"no {what} in this guild")
    return found[0]


@dataclass
class FakeAttachment:
    """A file a user uploaded, e.g. for an attachment option; the fake serves it at `url`."""

    id: int
    filename: str
    data: bytes
    size: int  # what Discord reports; normally len(data)
    url: str
    content_type: str | None = None


@dataclass
class World:
    """Everything the fake serves: the bot's identity plus its guilds."""

    bot_user: FakeUser
    application_id: int
    guilds: list[FakeGuild]
    dm_channels: list[FakeChannel] = field(default_factory=list)
    app_owner: FakeUser | None = None  # what bot.is_owner() checks against

    def guild(self, guild_id: int) -> FakeGuild | None:
        return next((g for g in self.guilds if g.id == guild_id), None)

    def guild_of(self, channel: FakeChannel | None) -> FakeGuild | None:
        """The guild a channel is in; None for a DM channel (or no channel)."""
        return self.guild(channel.guild_id) if channel and channel.guild_id else None

    def channel(self, channel_id: int) -> FakeChannel | None:
        for g in self.guilds:
            for c in g.channels:
                if c.id == channel_id:
                    return c
        return next((c for c in self.dm_channels if c.id == channel_id), None)

    def user(self, user_id: int) -> FakeUser | None:
        if user_id == self.bot_user.id:
            return self.bot_user
        for g in self.guilds:
            member = g.get_member(user_id)
            if member:
                return member.user
        for c in self.dm_channels:
            for u in c.recipients:
                if u.id == user_id:
                    return u
        return None

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        for c in self.dm_channels:
            if c.recipients and c.recipients[0].id == user.id:
                return c
        channel = FakeChannel(snowflake(), "", ChannelType.DM, recipients=[user])
        self.dm_channels.append(channel)
        return channel


def add_guild(world: World, name: str, *, guild_id: int | None = None) -> FakeGuild:
    """Another server the bot is in: #general, an owner ("<name> owner"), an admin with an
    Administrator role ("<name> admin") and the bot with the same role as in the default
    world. Returned after it was added to `world.guilds` (start the fake afterwards, or
    dispatch GUILD_CREATE yourself)."""
    guild_id = guild_id or snowflake()
    owner = FakeUser(snowflake(), f"{name}-owner", f"{name} owner")
    admin = FakeUser(snowflake(), f"{name}-admin", f"{name} admin")
    guild = FakeGuild(guild_id, name, owner_id=owner.id)
    guild.roles.append(FakeRole(guild_id, "@everyone", int(DEFAULT_EVERYONE_PERMISSIONS)))
    admins = guild.add_role("Admin", Permission.ADMINISTRATOR)
    # The role Discord makes for the bot when it joins, named after it: its managed role.
    bot_role = guild.add_role(
        "SendBot", Permission.SEND_MESSAGES | Permission.EMBED_LINKS, bot_id=world.bot_user.id
    )
    guild.add_text_channel("general")
    guild.add_member(owner)
    guild.add_member(admin, [admins])
    guild.add_member(world.bot_user, [bot_role])
    world.guilds.append(guild)
    return guild


def default_world() -> World:
    """One guild, "Test Guild": #general and #mod-log; owner, moderator, ordinary member, bot.

    The guild owner also owns the application (so bot.is_owner() is true for them).

    The "Moderator" role has MANAGE_GUILD (and MANAGE_MESSAGES); "alice" has no extra role.
    """
    bot_user = FakeUser(snowflake(), "sendbot", "SendBot", bot=True)
    owner = FakeUser(snowflake(), "owner", "Guild Owner")
    moderator = FakeUser(snowflake(), "mod", "Moderator Mo")
    alice = FakeUser(snowflake(), "alice", "Alice")

    guild_id = snowflake()
    guild = FakeGuild(guild_id, "Test Guild", owner_id=owner.id)
    guild.roles.append(FakeRole(guild_id, "@everyone", int(DEFAULT_EVERYONE_PERMISSIONS)))
    mod_role = guild.add_role(
        "Moderator", Permission.MANAGE_GUILD | Permission.MANAGE_MESSAGES, mentionable=True
    )
    bot_role = guild.add_role(
        "SendBot", Permission.SEND_MESSAGES | Permission.EMBED_LINKS, bot_id=bot_user.id
    )
    guild.add_text_channel("general")
    guild.add_text_channel("mod-log")
    guild.add_member(owner)
    guild.add_member(moderator, [mod_role])
    guild.add_member(alice)
    guild.add_member(bot_user, [bot_role])
    return World(bot_user=bot_user, application_id=bot_user.id, guilds=[guild], app_owner=owner)
