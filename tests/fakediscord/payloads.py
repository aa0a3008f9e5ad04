"""JSON payload builders shaped like Discord API v10 objects.

Only what discord.py 2.7 reads is filled in; ids are strings, as on the wire.
All builders are pure functions over the models, so tests can build a payload,
tweak it, and send it with `FakeDiscord.dispatch`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .models import (
    ChannelType,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Permission,
    World,
    snowflake,
)

JSON = dict[str, Any]

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


class InteractionType:
    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class CommandType:
    CHAT_INPUT = 1
    USER = 2
    MESSAGE = 3


class OptionType:
    SUB_COMMAND = 1
    SUB_COMMAND_GROUP = 2
    STRING = 3
    INTEGER = 4
    BOOLEAN = 5
    USER = 6
    CHANNEL = 7
    ROLE = 8
    NUMBER = 10
    ATTACHMENT = 11


def now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


def user_payload(u: FakeUser) -> JSON:
    return {
        "id": str(u.id),
        "username": u.username,
        "global_name": u.global_name,
        "discriminator": "0",
        "avatar": None,
        "bot": u.bot,
        "public_flags": 0,
    }


def client_user_payload(u: FakeUser) -> JSON:
    """The bot's own user, as in READY and GET /users/@me."""
    return {
        **user_payload(u),
        "verified": True,
        "mfa_enabled": False,
        "flags": 0,
        "locale": "en-US",
    }


def role_payload(r: FakeRole) -> JSON:
    tags = {"tags": {"bot_id": str(r.bot_id)}} if r.bot_id is not None else {}
    return {
        **tags,
        "id": str(r.id),
        "name": r.name,
        "permissions": str(r.permissions),
        "position": r.position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": r.bot_id is not None,
        "mentionable": r.mentionable,
        "flags": 0,
        "icon": None,
        "unicode_emoji": None,
    }


def member_payload(m: FakeMember, *, with_user: bool = True) -> JSON:
    data: JSON = {
        "roles": [str(r) for r in m.role_ids],
        "nick": m.nick,
        "avatar": None,
        "joined_at": m.joined_at,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }
    if with_user:
        data["user"] = user_payload(m.user)
    return data


def interaction_member_payload(
    m: FakeMember, guild: FakeGuild, channel: FakeChannel | None
) -> JSON:
    """A member as sent in INTERACTION_CREATE: `permissions` is the channel-resolved total."""
    return {**member_payload(m), "permissions": str(guild.permissions_in(m, channel))}


def channel_payload(c: FakeChannel) -> JSON:
    if c.type == ChannelType.DM:
        return {
            "id": str(c.id),
            "type": int(c.type),
            "last_message_id": None,
            "flags": 0,
            "recipients": [user_payload(u) for u in c.recipients],
        }
    if c.is_thread:
        return {
            "id": str(c.id),
            "type": int(c.type),
            "guild_id": str(c.guild_id),
            "name": c.name,
            "parent_id": str(c.parent_id),
            "owner_id": str(c.guild_id),
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": "2024-01-01T00:00:00.000000+00:00",
                "locked": False,
            },
        }
    return {
        "id": str(c.id),
        "type": int(c.type),
        "guild_id": str(c.guild_id),
        "name": c.name,
        "position": c.position,
        "parent_id": None,
        "topic": None,
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
        "permission_overwrites": [
            {"id": str(o.id), "type": o.type, "allow": str(o.allow), "deny": str(o.deny)}
            for o in c.overwrites
        ],
    }


def guild_payload(g: FakeGuild) -> JSON:
    """A guild as returned by GET /guilds/{id} (no members or channels)."""
    return {
        "id": str(g.id),
        "name": g.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "owner_id": str(g.owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [role_payload(r) for r in g.roles],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "public_updates_channel_id": None,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
    }


def guild_create_payload(g: FakeGuild) -> JSON:
    """GUILD_CREATE: the REST guild plus members, channels and the other gateway-only lists.

    member_count equals the member list, so discord.py considers the guild chunked.
    """
    return {
        **guild_payload(g),
        "unavailable": False,
        "large": False,
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "member_count": len(g.members),
        "members": [member_payload(m) for m in g.members],
        "channels": [channel_payload(c) for c in g.channels if not c.is_thread],
        "threads": [channel_payload(c) for c in g.channels if c.is_thread],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def ready_payload(
    world: World, session_id: str, resume_url: str, guilds: list[FakeGuild] | None = None
) -> JSON:
    """READY for one session: its guilds (default: all) as unavailable, as Discord sends it."""
    return {
        "v": 10,
        "user": client_user_payload(world.bot_user),
        "guilds": [
            {"id": str(g.id), "unavailable": True}
            for g in (world.guilds if guilds is None else guilds)
        ],
        "session_id": session_id,
        "session_type": "normal",
        "resume_gateway_url": resume_url,
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "application": {"id": str(world.application_id), "flags": 0},
    }


def application_payload(world: World) -> JSON:
    """GET /oauth2/applications/@me."""
    return {
        "id": str(world.application_id),
        "name": world.bot_user.username,
        "icon": None,
        "description": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": user_payload(world.app_owner or FakeUser(world.application_id + 1, "app-owner")),
        "flags": 0,
        "team": None,
        "summary": "",
        "bot": user_payload(world.bot_user),
    }


# --- messages ---------------------------------------------------------------

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def resolve_mentions(
    world: World,
    guild: FakeGuild | None,
    content: str,
    allowed: JSON | None,
    replied_to: JSON | None = None,
) -> tuple[list[JSON], list[str], bool]:
    """(mentions, mention_roles, mention_everyone) the way Discord derives them from content.

    `allowed` is the message's allowed_mentions; None means "everything parses".
    """
    parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse", []))
    allowed_users = {int(u) for u in (allowed or {}).get("users", [])}
    allowed_roles = {int(r) for r in (allowed or {}).get("roles", [])}

    user_ids: list[int] = []
    for match in _USER_MENTION.finditer(content):
        uid = int(match.group(1))
        if ("users" in parse or uid in allowed_users) and uid not in user_ids:
            user_ids.append(uid)
    if replied_to is not None and (allowed is None or allowed.get("replied_user", False)):
        author_id = int(replied_to["author"]["id"])
        if author_id not in user_ids:
            user_ids.append(author_id)

    mentions: list[JSON] = []
    for uid in user_ids:
        found = world.user(uid)
        if found is None:
            continue
        data = user_payload(found)
        m = guild.get_member(uid) if guild else None
        if m is not None:
            data["member"] = member_payload(m, with_user=False)
        mentions.append(data)

    roles = [
        match.group(1)
        for match in _ROLE_MENTION.finditer(content)
        if "roles" in parse or int(match.group(1)) in allowed_roles
    ]
    everyone = "everyone" in parse and ("@everyone" in content or "@here" in content)
    return mentions, roles, everyone


def message_payload(
    world: World,
    *,
    channel: FakeChannel,
    author: FakeUser,
    content: str = "",
    embeds: list[JSON] | None = None,
    components: list[JSON] | None = None,
    attachments: list[JSON] | None = None,
    flags: int = 0,
    allowed_mentions: JSON | None = None,
    message_reference: JSON | None = None,
    referenced_message: JSON | None = None,
    type: int = 0,
    tts: bool = False,
    nonce: str | int | None = None,
    webhook_id: int | None = None,
    interaction_metadata: JSON | None = None,
    message_id: int | None = None,
) -> JSON:
    """A full message object (what MESSAGE_CREATE and the REST routes return)."""
    guild = world.guild_of(channel)
    mentions, mention_roles, mention_everyone = resolve_mentions(
        world, guild, content, allowed_mentions, referenced_message
    )
    data: JSON = {
        "id": str(message_id or snowflake()),
        "type": 19 if message_reference is not None and type == 0 else type,
        "channel_id": str(channel.id),
        "author": user_payload(author),
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": tts,
        "mention_everyone": mention_everyone,
        "mentions": mentions,
        "mention_roles": mention_roles,
        "attachments": attachments or [],
        "embeds": embeds or [],
        "components": components or [],
        "reactions": [],
        "pinned": False,
        "flags": flags,
    }
    if guild is not None:
        data["guild_id"] = str(guild.id)
        author_member = guild.get_member(author.id)
        if author_member is not None:
            data["member"] = member_payload(author_member, with_user=False)
    if nonce is not None:
        data["nonce"] = nonce
    if message_reference is not None:
        data["message_reference"] = {
            "type": 0,
            "channel_id": str(channel.id),
            **{k: str(v) if k.endswith("_id") else v for k, v in message_reference.items()},
        }
        data["referenced_message"] = referenced_message
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
        data["application_id"] = str(webhook_id)
    if interaction_metadata is not None:
        data["interaction_metadata"] = interaction_metadata
    return data


def forward_of(original: JSON) -> JSON:
    """The fields a message forwarding `original` has: a reference of type 1 (forward) and
    a snapshot of the original's content, with no content of its own."""
    keys = ("type", "content", "embeds", "attachments", "timestamp", "edited_timestamp", "flags")
    reference = {"type": 1, "message_id": original["id"], "channel_id": original["channel_id"]}
    if "guild_id" in original:
        reference["guild_id"] = original["guild_id"]
    return {
        "content": "",
        "message_reference": reference,
        "message_snapshots": [{"message": {key: original[key] for key in keys}}],
    }


# --- interactions -----------------------------------------------------------


def interaction_payload(
    world: World,
    *,
    type: int,
    data: JSON,
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    message: JSON | None = None,
    locale: str = "en-US",
) -> JSON:
    """An INTERACTION_CREATE payload.

    In a guild channel `invoker` must be a FakeMember: `member.permissions` is computed from
    the guild's roles and the channel's overwrites, and is what discord.py exposes as
    `interaction.permissions`. In a DM the invoker is a plain user.
    """
    guild = world.guild_of(channel)
    payload: JSON = {
        "id": str(snowflake()),
        "application_id": str(world.application_id),
        "type": type,
        "data": data,
        "token": f"itoken-{snowflake()}",
        "version": 1,
        "channel": channel_payload(channel),
        "channel_id": str(channel.id),
        "locale": locale,
        "entitlements": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    }
    if guild is not None:
        if not isinstance(invoker, FakeMember):
            raise TypeError("a guild interaction needs a FakeMember invoker")
        bot_member = guild.get_member(world.bot_user.id)
        app_permissions = guild.permissions_in(bot_member, channel) if bot_member else 0
        payload.update(
            guild_id=str(guild.id),
            guild_locale="en-US",
            guild={"id": str(guild.id), "locale": "en-US", "features": []},
            member=interaction_member_payload(invoker, guild, channel),
            app_permissions=str(app_permissions),
            authorizing_integration_owners={"0": str(guild.id)},
            context=0,
        )
    else:
        u = invoker.user if isinstance(invoker, FakeMember) else invoker
        payload.update(
            user=user_payload(u),
            # Discord: in a DM the app may attach files, embed links and mention everyone.
            app_permissions=str(
                int(Permission.ATTACH_FILES | Permission.EMBED_LINKS | Permission.MENTION_EVERYONE)
            ),
            authorizing_integration_owners={"1": str(u.id)},
            context=1,
        )
    if message is not None:
        payload["message"] = message
    return payload


def option_type_for(value: Any) -> int:
    """Guess an option type from a Python value when the command was never registered."""
    if isinstance(value, bool):
        return OptionType.BOOLEAN
    if isinstance(value, int):
        return OptionType.INTEGER
    if isinstance(value, float):
        return OptionType.NUMBER
    if isinstance(value, FakeMember | FakeUser):
        return OptionType.USER
    if isinstance(value, FakeChannel):
        return OptionType.CHANNEL
    if isinstance(value, FakeRole):
        return OptionType.ROLE
    if isinstance(value, FakeAttachment):
        return OptionType.ATTACHMENT
    return OptionType.STRING


def attachment_payload(a: FakeAttachment) -> JSON:
    return {
        "id": str(a.id),
        "filename": a.filename,
        "size": a.size,
        "url": a.url,
        "proxy_url": a.url,
        "content_type": a.content_type,
    }


def _resolve_value(value: Any, guild: FakeGuild | None, resolved: JSON) -> Any:
    """Entity options travel as an id plus a `resolved` entry; plain values pass through."""
    if isinstance(value, FakeAttachment):
        resolved.setdefault("attachments", {})[str(value.id)] = attachment_payload(value)
        return str(value.id)
    if isinstance(value, FakeMember):
        resolved.setdefault("users", {})[str(value.id)] = user_payload(value.user)
        if guild is not None:
            resolved.setdefault("members", {})[str(value.id)] = {
                **member_payload(value, with_user=False),
                "permissions": str(guild.permissions_in(value, None)),
            }
        return str(value.id)
    if isinstance(value, FakeUser):
        resolved.setdefault("users", {})[str(value.id)] = user_payload(value)
        return str(value.id)
    if isinstance(value, FakeRole):
        resolved.setdefault("roles", {})[str(value.id)] = role_payload(value)
        return str(value.id)
    if isinstance(value, FakeChannel):
        resolved.setdefault("channels", {})[str(value.id)] = {
            "id": str(value.id),
            "name": value.name,
            "type": int(value.type),
            "permissions": str(0),
            "guild_id": str(value.guild_id),
        }
        return str(value.id)
    return value


def command_data(
    name: str,
    options: Mapping[str, Any] | None = None,
    *,
    registered: JSON | None = None,
    guild: FakeGuild | None = None,
    focused: str | None = None,
    command_guild_id: int | None = None,
) -> JSON:
    """`data` of a chat-input command. `name` may be "cmd", "cmd sub" or "cmd group sub".

    With `registered` (the command as the bot registered it) option types come from there
    and unknown option names raise ValueError; otherwise types are guessed from the values.
    """
    top, *path = name.split()
    definitions: list[JSON] | None = registered.get("options", []) if registered else None
    for part in path:
        if definitions is not None:
            sub = next((o for o in definitions if o["name"] == part), None)
            if sub is None:
                raise ValueError(f"/{name}: no subcommand {part!r} registered")
            definitions = sub.get("options", [])

    resolved: JSON = {}
    leaf: list[JSON] = []
    for key, value in (options or {}).items():
        if definitions is None:
            type = option_type_for(value)
        else:
            definition = next((o for o in definitions if o["name"] == key), None)
            if definition is None:
                known = [o["name"] for o in definitions]
                raise ValueError(f"/{name} has no option {key!r}; registered: {known}")
            type = definition["type"]
        option: JSON = {"name": key, "type": type, "value": _resolve_value(value, guild, resolved)}
        if key == focused:
            option["focused"] = True
        leaf.append(option)

    # Wrap the leaf options in their subcommand (type 1) and group (type 2) levels.
    wrapped = leaf
    for depth, part in reversed(list(enumerate(path))):
        kind = OptionType.SUB_COMMAND if depth == len(path) - 1 else OptionType.SUB_COMMAND_GROUP
        wrapped = [{"name": part, "type": kind, "options": wrapped}]

    data = _command(top, CommandType.CHAT_INPUT, registered, command_guild_id, options=wrapped)
    if resolved:
        data["resolved"] = resolved
    return data


def _command(
    name: str, kind: int, registered: JSON | None, command_guild_id: int | None, **fields: Any
) -> JSON:
    """`data` naming a command (its registered id, or a new one), then `fields`, then the guild
    it is registered in: as registered, else `command_guild_id`, else none (a global one)."""
    data: JSON = {
        "id": registered["id"] if registered else str(snowflake()),
        "name": name,
        "type": kind,
        **fields,
    }
    guild_id = registered.get("guild_id") if registered else command_guild_id
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    return data


def slash_command_interaction(
    world: World,
    name: str,
    options: Mapping[str, Any] | None = None,
    *,
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    registered: JSON | None = None,
    command_guild_id: int | None = None,
) -> JSON:
    """Type 2 (APPLICATION_COMMAND) for a slash command, e.g. `("ping", {"text": "hi"})`."""
    guild = world.guild_of(channel)
    data = command_data(
        name, options, registered=registered, guild=guild, command_guild_id=command_guild_id
    )
    return interaction_payload(
        world, type=InteractionType.APPLICATION_COMMAND, data=data, channel=channel, invoker=invoker
    )


def autocomplete_interaction(
    world: World,
    name: str,
    options: Mapping[str, Any],
    *,
    focused: str,
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    registered: JSON | None = None,
    command_guild_id: int | None = None,
) -> JSON:
    """Type 4: the user is typing into option `focused`; its value is the partial text."""
    if focused not in options:
        raise ValueError(f"focused option {focused!r} needs a (partial) value in options")
    guild = world.guild_of(channel)
    data = command_data(
        name,
        options,
        registered=registered,
        guild=guild,
        focused=focused,
        command_guild_id=command_guild_id,
    )
    return interaction_payload(
        world, type=InteractionType.AUTOCOMPLETE, data=data, channel=channel, invoker=invoker
    )


def _walk_components(components: list[JSON]) -> Iterator[JSON]:
    """Every component, including those nested in rows, containers, sections and labels."""
    for c in components:
        yield c
        yield from _walk_components(c.get("components", []))
        for key in ("accessory", "component"):
            if key in c:
                yield from _walk_components([c[key]])


def component_interaction(
    world: World,
    *,
    message: JSON,
    custom_id: str,
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    values: list[str] | None = None,
    component_type: int | None = None,
) -> JSON:
    """Type 3: a click on a button (or a select choice, with `values`) on `message`.

    The component type is looked up in the message; a custom_id the message does not
    carry raises ValueError unless `component_type` is given explicitly.
    """
    if component_type is None:
        found = next(
            (
                c
                for c in _walk_components(message.get("components", []))
                if c.get("custom_id") == custom_id
            ),
            None,
        )
        if found is None:
            raise ValueError(
                f"message {message['id']} has no component with custom_id {custom_id!r}"
            )
        component_type = int(found["type"])
    data: JSON = {"custom_id": custom_id, "component_type": component_type}
    if values is not None:
        data["values"] = values
    return interaction_payload(
        world,
        type=InteractionType.MESSAGE_COMPONENT,
        data=data,
        channel=channel,
        invoker=invoker,
        message=message,
    )


def _submitted(component: JSON, values: Mapping[str, str | list[str]], used: set[str]) -> JSON:
    """Mirror one component of the modal the bot sent, filled in with the user's input."""
    kind = component["type"]
    if kind == 1:  # action row
        return {
            "type": 1,
            "components": [_submitted(c, values, used) for c in component["components"]],
        }
    if kind == 18:  # label wrapping one input
        return {"type": 18, "component": _submitted(component["component"], values, used)}
    custom_id = component.get("custom_id")
    if custom_id is None:
        return {"type": kind}
    used.add(custom_id)
    value = values.get(custom_id, "" if kind == 4 else [])
    if kind == 4:  # text input
        return {"type": 4, "custom_id": custom_id, "value": value}
    return {"type": kind, "custom_id": custom_id, "values": value}


def modal_submit_interaction(
    world: World,
    *,
    custom_id: str,
    values: Mapping[str, str | list[str]],
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    modal: JSON | None = None,
    message: JSON | None = None,
) -> JSON:
    """Type 5: the user submits a modal. `values` maps input custom_id -> text (or choices).

    Pass `modal` (the modal the bot sent, as recorded from its type 9 callback) to mirror
    its exact layout; without it each value becomes a text input in its own action row.
    """
    if modal is not None:
        used: set[str] = set()
        components = [_submitted(c, values, used) for c in modal["components"]]
        unknown = set(values) - used
        if unknown:
            raise ValueError(f"modal {custom_id!r} has no inputs {sorted(unknown)}")
    else:
        components = [
            {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}
            for k, v in values.items()
        ]
    return interaction_payload(
        world,
        type=InteractionType.MODAL_SUBMIT,
        data={"custom_id": custom_id, "components": components},
        channel=channel,
        invoker=invoker,
        message=message,
    )


def message_command_interaction(
    world: World,
    name: str,
    target: JSON,
    *,
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    registered: JSON | None = None,
    command_guild_id: int | None = None,
) -> JSON:
    """Type 2 with data.type 3: a message context-menu command on the full message `target`."""
    data = _command(
        name,
        CommandType.MESSAGE,
        registered,
        command_guild_id,
        target_id=target["id"],
        resolved={"messages": {target["id"]: target}},
    )
    return interaction_payload(
        world, type=InteractionType.APPLICATION_COMMAND, data=data, channel=channel, invoker=invoker
    )


def user_command_interaction(
    world: World,
    name: str,
    target: FakeMember | FakeUser,
    *,
    channel: FakeChannel,
    invoker: FakeMember | FakeUser,
    registered: JSON | None = None,
    command_guild_id: int | None = None,
) -> JSON:
    """Type 2 with data.type 2: a user context-menu command on `target`."""
    guild = world.guild_of(channel)
    resolved: JSON = {}
    target_id = _resolve_value(target, guild, resolved)
    data = _command(
        name, CommandType.USER, registered, command_guild_id, target_id=target_id, resolved=resolved
    )
    return interaction_payload(
        world, type=InteractionType.APPLICATION_COMMAND, data=data, channel=channel, invoker=invoker
    )
