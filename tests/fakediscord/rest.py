"""The REST half of the fake: route handlers under /api/v10.

Each handler answers the way Discord does for the cases a bot meets (including its
error codes for unknown objects, double acknowledgements and missing permissions) and
echoes resulting message changes over the gateway, as Discord does.
"""

from __future__ import annotations

import mimetypes
import re
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import payloads
from .limits import message_problem, modal_problem
from .models import ChannelType, FakeAttachment, FakeChannel, Permission, World, snowflake
from .recording import RecordedRequest
from .responses import discord_error, json_response, no_content

if TYPE_CHECKING:
    from .server import FakeDiscord

JSON = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
RECORDED = web.RequestKey("recorded", RecordedRequest)

EPHEMERAL, LOADING = 1 << 6, 1 << 7
SUPPRESS_EMBEDS = 1 << 2

# Interaction callback types.
MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE = 4, 5, 6, 7
AUTOCOMPLETE_RESULT, MODAL = 8, 9

# Which callback types Discord accepts for each interaction type.
ALLOWED_CALLBACKS = {
    2: {MESSAGE, DEFERRED_MESSAGE, MODAL},  # application command
    3: {MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE, MODAL},  # component
    4: {AUTOCOMPLETE_RESULT},  # autocomplete
    5: {MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE},  # modal submit
}


def _png_size(data: bytes) -> JSON:
    """Discord reports an image's width and height; this fake reads them from PNGs only."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return {}
    width, height = struct.unpack(">II", data[16:24])
    return {"width": width, "height": height}


@dataclass
class InteractionState:
    """The fake's view of one interaction it dispatched: has it been answered, and how."""

    payload: JSON
    created_at: float
    callback_type: int | None = None
    original_message_id: int | None = None
    loading: bool = False
    callback_data: JSON = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.payload["id"])


def _req(request: web.Request) -> RecordedRequest:
    return request[RECORDED]


def _body(request: web.Request) -> JSON:
    body = _req(request).json
    return body if isinstance(body, dict) else {}


_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


def validate_command(cmd: JSON) -> str | None:
    """The checks Discord applies to a command definition; returns a problem or None."""
    kind = cmd.get("type", 1)
    name = cmd.get("name", "")
    if kind == 1:
        if not _COMMAND_NAME.match(name) or name != name.lower():
            return f"invalid command name {name!r}"
        if not 1 <= len(cmd.get("description", "")) <= 100:
            return f"/{name}: description must be 1-100 characters"
    elif not 1 <= len(name) <= 32:
        return f"invalid context menu name {name!r}"
    return _validate_options(name, cmd.get("options", []))


def _validate_options(where: str, options: list[JSON]) -> str | None:
    if len(options) > 25:
        return f"{where}: more than 25 options"
    names = [o.get("name", "") for o in options]
    if len(set(names)) != len(names):
        return f"{where}: duplicate option names {names}"
    seen_optional = False
    for o in options:
        oname = o.get("name", "")
        if not _COMMAND_NAME.match(oname) or oname != oname.lower():
            return f"{where}: invalid option name {oname!r}"
        if not 1 <= len(o.get("description", "")) <= 100:
            return f"{where} {oname}: description must be 1-100 characters"
        if len(o.get("choices", [])) > 25:
            return f"{where} {oname}: more than 25 choices"
        if o.get("type") in (1, 2):
            problem = _validate_options(f"{where} {oname}", o.get("options", []))
            if problem:
                return problem
        elif o.get("required"):
            if seen_optional:
                return f"{where}: required option {oname!r} after an optional one"
        else:
            seen_optional = True
    return None


def _invalid_form(problem: str) -> web.Response:
    return discord_error(400, 50035, f"Invalid Form Body: {problem}")


class RestApi:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    @property
    def world(self) -> World:
        return self.fake.world

    def routes(self) -> list[tuple[str, str, Handler]]:
        app = "/applications/{app_id}"
        hook = "/webhooks/{app_id}/{token}"
        msg = "/channels/{channel_id}/messages/{message_id}"
        return [
            ("GET", "/gateway/bot", self.get_gateway_bot),
            ("GET", "/users/@me", self.get_me),
            ("GET", "/users/{user_id}", self.get_user),
            ("POST", "/users/@me/channels", self.create_dm),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/applications/@me", self.get_application),
            ("GET", app + "/commands", self.get_commands),
            ("PUT", app + "/commands", self.put_commands),
            ("POST", app + "/commands", self.post_command),
            ("DELETE", app + "/commands/{command_id}", self.delete_command),
            ("GET", app + "/guilds/{guild_id}/commands", self.get_commands),
            ("PUT", app + "/guilds/{guild_id}/commands", self.put_commands),
            ("POST", app + "/guilds/{guild_id}/commands", self.post_command),
            ("DELETE", app + "/guilds/{guild_id}/commands/{command_id}", self.delete_command),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.callback),
            ("POST", hook, self.followup),
            ("GET", hook + "/messages/{message_id}", self.get_webhook_message),
            ("PATCH", hook + "/messages/{message_id}", self.edit_webhook_message),
            ("DELETE", hook + "/messages/{message_id}", self.delete_webhook_message),
            ("GET", "/channels/{channel_id}", self.get_channel),
            ("GET", "/channels/{channel_id}/messages", self.get_history),
            ("POST", "/channels/{channel_id}/messages", self.create_message),
            ("GET", msg, self.get_message),
            ("PATCH", msg, self.edit_message),
            ("DELETE", msg, self.delete_message),
            ("PUT", msg + "/reactions/{emoji}/@me", self.add_reaction),
            ("DELETE", msg + "/reactions/{emoji}/@me", self.remove_reaction),
            ("POST", "/channels/{channel_id}/typing", self.typing),
            ("GET", "/guilds/{guild_id}", self.get_guild),
            ("GET", "/guilds/{guild_id}/channels", self.get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self.get_guild_roles),
            ("GET", "/guilds/{guild_id}/members", self.get_members),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member),
            ("GET", "/attachments/{attachment_id}/{filename}", self.get_upload),
        ]

    # --- gateway ---------------------------------------------------------------

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        """Where to connect, how many shards to use, and how many may identify at once."""
        return json_response(
            {
                "url": self.fake.gateway_url,
                "shards": self.fake.shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": self.fake.max_concurrency,
                },
            }
        )

    # --- users and application ------------------------------------------------

    async def get_me(self, request: web.Request) -> web.Response:
        return json_response(payloads.client_user_payload(self.world.bot_user))

    async def get_user(self, request: web.Request) -> web.Response:
        found = self.world.user(int(request.match_info["user_id"]))
        if found is None:
            return discord_error(404, 10013, "Unknown User")
        return json_response(payloads.user_payload(found))

    async def create_dm(self, request: web.Request) -> web.Response:
        found = self.world.user(int(_body(request).get("recipient_id", 0)))
        if found is None:
            return discord_error(400, 50007, "Cannot send messages to this user")
        return json_response(payloads.channel_payload(self.world.dm_channel(found)))

    async def get_application(self, request: web.Request) -> web.Response:
        return json_response(payloads.application_payload(self.world))

    # --- application commands -------------------------------------------------

    def _command_list(self, request: web.Request) -> list[JSON] | web.Response:
        if int(request.match_info["app_id"]) != self.world.application_id:
            return discord_error(403, 50001, "Missing Access")
        guild_id = request.match_info.get("guild_id")
        if guild_id is None:
            return self.fake.global_commands
        if self.world.guild(int(guild_id)) is None:
            return discord_error(403, 50001, "Missing Access")
        return self.fake.guild_commands.setdefault(int(guild_id), [])

    def _register(self, cmd: JSON, previous: list[JSON], guild_id: str | None) -> JSON:
        kind = cmd.get("type", 1)
        old = next((c for c in previous if (c["name"], c["type"]) == (cmd["name"], kind)), None)
        stored: JSON = {
            "id": old["id"] if old else str(snowflake()),
            "application_id": str(self.world.application_id),
            "version": str(snowflake()),
            "type": kind,
            "name": cmd["name"],
            "description": cmd.get("description", ""),
            "options": cmd.get("options", []),
            "default_member_permissions": cmd.get("default_member_permissions"),
            "nsfw": cmd.get("nsfw", False),
            "contexts": cmd.get("contexts"),
            "integration_types": cmd.get("integration_types", [0]),
            "name_localizations": cmd.get("name_localizations"),
            "description_localizations": cmd.get("description_localizations"),
        }
        if guild_id is not None:
            stored["guild_id"] = guild_id
        return stored

    async def get_commands(self, request: web.Request) -> web.Response:
        commands = self._command_list(request)
        if isinstance(commands, web.Response):
            return commands
        return json_response(commands)

    async def put_commands(self, request: web.Request) -> web.Response:
        commands = self._command_list(request)
        if isinstance(commands, web.Response):
            return commands
        body = _req(request).json
        if not isinstance(body, list):
            return _invalid_form("expected a list of commands")
        for cmd in body:
            problem = validate_command(cmd)
            if problem:
                return _invalid_form(problem)
        guild_id = request.match_info.get("guild_id")
        registered = [self._register(cmd, commands, guild_id) for cmd in body]
        commands[:] = registered
        return json_response(registered)

    async def post_command(self, request: web.Request) -> web.Response:
        commands = self._command_list(request)
        if isinstance(commands, web.Response):
            return commands
        cmd = _body(request)
        problem = validate_command(cmd)
        if problem:
            return _invalid_form(problem)
        stored = self._register(cmd, commands, request.match_info.get("guild_id"))
        commands[:] = [c for c in commands if c["id"] != stored["id"]] + [stored]
        return json_response(stored, status=201)

    async def delete_command(self, request: web.Request) -> web.Response:
        commands = self._command_list(request)
        if isinstance(commands, web.Response):
            return commands
        command_id = request.match_info["command_id"]
        if all(c["id"] != command_id for c in commands):
            return discord_error(404, 10063, "Unknown application command")
        commands[:] = [c for c in commands if c["id"] != command_id]
        return no_content()

    # --- messages: shared helpers ---------------------------------------------

    def _attachments(self, request: web.Request) -> list[JSON]:
        """Attachment objects for uploaded files, in the order discord.py sent them.

        Like Discord: the content type is detected from the file (discord.py sends every
        file as application/octet-stream), images report their size, and the file is
        served at its url.
        """
        attachments = []
        for f in _req(request).files:
            filename = f.filename or f.field
            attachment_id = snowflake()
            url = f"{self.fake.http_base}/attachments/{attachment_id}/{filename}"
            content_type = mimetypes.guess_type(filename)[0] or f.content_type
            self.fake.uploads[attachment_id] = FakeAttachment(
                attachment_id, filename, f.data, len(f.data), url, content_type
            )
            attachment: JSON = {
                "id": str(attachment_id),
                "filename": filename,
                "size": len(f.data),
                "content_type": content_type,
                "url": url,
                "proxy_url": url,
            }
            attachment.update(_png_size(f.data))
            attachments.append(attachment)
        return attachments

    @staticmethod
    def _resolve_embed_images(embeds: list[JSON], attachments: list[JSON]) -> list[JSON]:
        """Discord points an embed's `attachment://NAME` image at the uploaded file NAME; a
        name that matches no upload stays as it was (and shows no image)."""
        by_name = {a["filename"]: a for a in attachments}
        resolved = []
        for embed in embeds:
            image = embed.get("image") or {}
            ref = str(image.get("url", ""))
            found = by_name.get(ref.removeprefix("attachment://")) if ref else None
            if ref.startswith("attachment://") and found is not None:
                sizes = {k: found[k] for k in ("width", "height") if k in found}
                embed = {
                    **embed,
                    "image": {"url": found["url"], "proxy_url": found["url"], **sizes},
                }
            resolved.append(embed)
        return resolved

    def _new_message(
        self, channel: FakeChannel, body: JSON, request: web.Request, **extra: Any
    ) -> JSON:
        referenced = None
        if body.get("message_reference"):
            ref_id = body["message_reference"].get("message_id")
            referenced = self.fake.messages.get(int(ref_id)) if ref_id else None
        attachments = self._attachments(request)
        return payloads.message_payload(
            self.world,
            channel=channel,
            author=self.world.bot_user,
            content=body.get("content") or "",
            embeds=self._resolve_embed_images(body.get("embeds") or [], attachments),
            components=body.get("components") or [],
            attachments=attachments,
            flags=int(body.get("flags") or 0),
            allowed_mentions=body.get("allowed_mentions"),
            message_reference=body.get("message_reference"),
            referenced_message=referenced,
            tts=bool(body.get("tts", False)),
            nonce=body.get("nonce"),
            **extra,
        )

    def _apply_edit(self, message: JSON, body: JSON, request: web.Request) -> None:
        for key, empty in (("content", ""), ("embeds", []), ("components", [])):
            if key in body:
                message[key] = body[key] if body[key] is not None else empty
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS can be changed by an edit; keep the other bits.
            kept = int(message.get("flags", 0)) & ~SUPPRESS_EMBEDS
            message["flags"] = kept | (int(body["flags"]) & SUPPRESS_EMBEDS)
        if "attachments" in body or _req(request).files:
            # New files are added; with an `attachments` list, only the listed old ones stay.
            old = message.get("attachments", [])
            if "attachments" in body:
                keep = {str(a.get("id")) for a in body["attachments"] or []}
                old = [a for a in old if a["id"] in keep]
            message["attachments"] = old + self._attachments(request)
        if "embeds" in body or _req(request).files:
            message["embeds"] = self._resolve_embed_images(
                message.get("embeds", []), message.get("attachments", [])
            )
        if "content" in body or "allowed_mentions" in body:
            channel = self.world.channel(int(message["channel_id"]))
            guild = self.world.guild_of(channel)
            mentions, roles, everyone = payloads.resolve_mentions(
                self.world, guild, message["content"], body.get("allowed_mentions")
            )
            message.update(mentions=mentions, mention_roles=roles, mention_everyone=everyone)
        message["edited_timestamp"] = payloads.now_iso()

    @staticmethod
    def _is_empty(body: JSON, request: web.Request) -> bool:
        return not (
            body.get("content")
            or body.get("embeds")
            or body.get("components")
            or body.get("sticker_ids")
            or body.get("poll")
            or _req(request).files
        )

    async def _store_and_echo(self, message: JSON) -> None:
        self.fake.messages[int(message["id"])] = message
        if not int(message.get("flags", 0)) & EPHEMERAL:
            await self.fake.emit("MESSAGE_CREATE", message)

    async def _update_and_echo(self, message: JSON) -> None:
        if not int(message.get("flags", 0)) & EPHEMERAL:
            await self.fake.emit("MESSAGE_UPDATE", message)

    async def _delete_and_echo(self, message: JSON) -> None:
        self.fake.messages.pop(int(message["id"]), None)
        if not int(message.get("flags", 0)) & EPHEMERAL:
            deleted = {"id": message["id"], "channel_id": message["channel_id"]}
            if "guild_id" in message:
                deleted["guild_id"] = message["guild_id"]
            await self.fake.emit("MESSAGE_DELETE", deleted)

    def _bot_can(self, channel: FakeChannel, needed: int) -> bool:
        if channel.guild_id is None:
            return True
        guild = self.world.guild(channel.guild_id)
        me = guild.get_member(self.world.bot_user.id) if guild else None
        if guild is None or me is None:
            return False
        return guild.permissions_in(me, channel) & needed == needed

    # --- interactions ---------------------------------------------------------

    def _interaction_channel(self, state: InteractionState) -> FakeChannel:
        channel = self.world.channel(int(state.payload["channel_id"]))
        if channel is not None:
            return channel
        # A hand-built payload may name a channel the world does not know; mirror it.
        raw = state.payload.get("channel", {})
        guild_id = state.payload.get("guild_id")
        return FakeChannel(
            int(state.payload["channel_id"]),
            raw.get("name", ""),
            ChannelType(raw.get("type", 0)),
            guild_id=int(guild_id) if guild_id else None,
        )

    def _response_message(self, state: InteractionState, data: JSON, request: web.Request) -> JSON:
        payload = state.payload
        invoker = payload.get("member", {}).get("user") or payload.get("user")
        command_type = payload.get("data", {}).get("type", 1)
        kind = 0
        if payload["type"] == 2:
            kind = 20 if command_type == 1 else 23
        metadata = {
            "id": payload["id"],
            "type": payload["type"],
            "user": invoker,
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        return self._new_message(
            self._interaction_channel(state),
            data,
            request,
            type=kind,
            webhook_id=self.world.application_id,
            interaction_metadata=metadata,
        )

    async def callback(self, request: web.Request) -> web.Response:
        state = self.fake.interactions.get(request.match_info["token"])
        loop_time = self.fake.loop_time()
        if (
            state is None
            or state.id != request.match_info["interaction_id"]
            or loop_time - state.created_at > self.fake.interaction_deadline
        ):
            return discord_error(404, 10062, "Unknown interaction")
        if state.callback_type is not None:
            return discord_error(400, 40060, "Interaction has already been acknowledged.")
        body = _body(request)
        kind = body.get("type")
        if kind not in ALLOWED_CALLBACKS.get(state.payload["type"], set()):
            return _invalid_form(
                f"callback type {kind!r} is not valid for interaction type {state.payload['type']}"
            )
        data = body.get("data") or {}
        flags = int(data.get("flags") or 0)
        message: JSON | None = None
        problem = modal_problem(data) if kind == MODAL else message_problem(data)
        if problem:
            return _invalid_form(f"data.{problem}")

        if kind in (MESSAGE, DEFERRED_MESSAGE):
            if kind == MESSAGE and self._is_empty(data, request):
                return discord_error(400, 50006, "Cannot send an empty message")
            if kind == DEFERRED_MESSAGE:
                data = {"flags": (flags & EPHEMERAL) | LOADING}
            message = self._response_message(state, data, request)
            state.original_message_id = int(message["id"])
            state.loading = kind == DEFERRED_MESSAGE
            await self._store_and_echo(message)
        elif kind in (DEFERRED_UPDATE, UPDATE):
            target = state.payload.get("message")
            if target is None:
                return discord_error(400, 40004, "Interaction has no message to update")
            state.original_message_id = int(target["id"])
            self.fake.messages.setdefault(int(target["id"]), target)
            if kind == UPDATE:
                message = self.fake.messages[int(target["id"])]
                self._apply_edit(message, data, request)
                await self._update_and_echo(message)
        elif kind == MODAL:
            self.fake.modals[data.get("custom_id", "")] = data

        state.callback_type = kind
        state.callback_data = data
        self.fake.recorder.notify()
        info: JSON = {
            "id": state.id,
            "type": state.payload["type"],
            "response_message_loading": kind == DEFERRED_MESSAGE,
            "response_message_ephemeral": bool(flags & EPHEMERAL),
        }
        if state.original_message_id is not None:
            info["response_message_id"] = str(state.original_message_id)
        resource: JSON = {"type": kind}
        if message is not None:
            resource["message"] = message
        return json_response({"interaction": info, "resource": resource})

    def _webhook_interaction(self, request: web.Request) -> InteractionState | None:
        state = self.fake.interactions.get(request.match_info["token"])
        if state is None or int(request.match_info["app_id"]) != self.world.application_id:
            return None
        # A follow-up before the initial response is refused by Discord too.
        return state if state.callback_type is not None else None

    def _webhook_target(self, state: InteractionState, request: web.Request) -> JSON | None:
        ref = request.match_info["message_id"]
        message_id = state.original_message_id if ref == "@original" else int(ref)
        return self.fake.messages.get(message_id) if message_id is not None else None

    async def followup(self, request: web.Request) -> web.Response:
        state = self._webhook_interaction(request)
        if state is None:
            return discord_error(404, 10015, "Unknown Webhook")
        body = _body(request)
        if self._is_empty(body, request):
            return discord_error(400, 50006, "Cannot send an empty message")
        if problem := message_problem(body):
            return _invalid_form(problem)
        original = None
        if state.loading and state.original_message_id is not None:
            original = self.fake.messages.get(state.original_message_id)
        if original is not None:
            # Documented: right after a deferred response, a follow-up edits the original.
            self._finish_loading(state, original)
            self._apply_edit(original, body, request)
            await self._update_and_echo(original)
            return json_response(original)
        message = self._response_message(state, body, request)
        await self._store_and_echo(message)
        if request.query.get("wait", "").lower() in ("1", "true"):
            return json_response(message)
        return no_content()

    @staticmethod
    def _finish_loading(state: InteractionState, message: JSON) -> None:
        if state.loading and int(message["id"]) == state.original_message_id:
            state.loading = False
            message["flags"] = int(message.get("flags", 0)) & ~LOADING

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        state = self._webhook_interaction(request)
        message = self._webhook_target(state, request) if state else None
        if message is None:
            return discord_error(404, 10008, "Unknown Message")
        return json_response(message)

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        state = self._webhook_interaction(request)
        message = self._webhook_target(state, request) if state else None
        if state is None or message is None:
            return discord_error(404, 10008, "Unknown Message")
        if problem := message_problem(_body(request)):
            return _invalid_form(problem)
        self._finish_loading(state, message)
        self._apply_edit(message, _body(request), request)
        await self._update_and_echo(message)
        return json_response(message)

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        state = self._webhook_interaction(request)
        message = self._webhook_target(state, request) if state else None
        if message is None:
            return discord_error(404, 10008, "Unknown Message")
        await self._delete_and_echo(message)
        return no_content()

    # --- channels and messages ------------------------------------------------

    def _channel(self, request: web.Request) -> FakeChannel | None:
        return self.world.channel(int(request.match_info["channel_id"]))

    def _message(self, request: web.Request) -> JSON | None:
        message = self.fake.messages.get(int(request.match_info["message_id"]))
        if message is None or message["channel_id"] != request.match_info["channel_id"]:
            return None
        return message

    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel is None:
            return discord_error(404, 10003, "Unknown Channel")
        return json_response(payloads.channel_payload(channel))

    async def get_history(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel is None:
            return discord_error(404, 10003, "Unknown Channel")
        before = int(request.query.get("before", 1 << 63))
        after = int(request.query.get("after", 0))
        limit = int(request.query.get("limit", 50))
        found = [
            m
            for mid, m in sorted(self.fake.messages.items(), reverse=True)
            if m["channel_id"] == str(channel.id) and after < mid < before
        ]
        return json_response(found[:limit])

    async def create_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        if channel is None:
            return discord_error(404, 10003, "Unknown Channel")
        if not self._bot_can(channel, Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES):
            return discord_error(403, 50013, "Missing Permissions")
        body = _body(request)
        if self._is_empty(body, request):
            return discord_error(400, 50006, "Cannot send an empty message")
        if body.get("embeds") and not self._bot_can(channel, Permission.EMBED_LINKS):
            # Discord refuses embeds from a bot without Embed Links in the channel.
            return discord_error(403, 50013, "Missing Permissions")
        if problem := message_problem(body):
            return _invalid_form(problem)
        reference = body.get("message_reference") or {}
        ref_id = reference.get("message_id")
        if (
            ref_id is not None
            and int(ref_id) not in self.fake.messages
            and reference.get("fail_if_not_exists", True)
        ):
            return _invalid_form("message_reference: Unknown message")
        message = self._new_message(channel, body, request)
        await self._store_and_echo(message)
        return json_response(message)

    async def get_message(self, request: web.Request) -> web.Response:
        message = self._message(request)
        if message is None:
            return discord_error(404, 10008, "Unknown Message")
        return json_response(message)

    async def edit_message(self, request: web.Request) -> web.Response:
        message = self._message(request)
        if message is None:
            return discord_error(404, 10008, "Unknown Message")
        if int(message["author"]["id"]) != self.world.bot_user.id:
            return discord_error(403, 50005, "Cannot edit a message authored by another user")
        if problem := message_problem(_body(request)):
            return _invalid_form(problem)
        self._apply_edit(message, _body(request), request)
        await self._update_and_echo(message)
        return json_response(message)

    async def delete_message(self, request: web.Request) -> web.Response:
        message = self._message(request)
        channel = self._channel(request)
        if message is None or channel is None:
            return discord_error(404, 10008, "Unknown Message")
        own = int(message["author"]["id"]) == self.world.bot_user.id
        if not own and not self._bot_can(channel, Permission.MANAGE_MESSAGES):
            return discord_error(403, 50013, "Missing Permissions")
        await self._delete_and_echo(message)
        return no_content()

    @staticmethod
    def _emoji(raw: str) -> JSON:
        # Custom emoji travel as "name:id"; unicode emoji as themselves.
        name, _, emoji_id = raw.partition(":")
        return {"id": emoji_id or None, "name": name}

    async def add_reaction(self, request: web.Request) -> web.Response:
        return await self._react(request, add=True)

    async def remove_reaction(self, request: web.Request) -> web.Response:
        return await self._react(request, add=False)

    async def _react(self, request: web.Request, *, add: bool) -> web.Response:
        message = self._message(request)
        if message is None:
            return discord_error(404, 10008, "Unknown Message")
        emoji = self._emoji(request.match_info["emoji"])
        reactions: list[JSON] = message.setdefault("reactions", [])
        existing = next((r for r in reactions if r["emoji"] == emoji), None)
        channel = self.world.channel(int(message["channel_id"]))
        # Discord wants Read Message History to react at all, and Add Reactions for an emoji
        # nobody has put on the message yet.
        needed = Permission.VIEW_CHANNEL | Permission.READ_MESSAGE_HISTORY
        if add and existing is None:
            needed |= Permission.ADD_REACTIONS
        if channel is not None and not self._bot_can(channel, needed):
            return discord_error(403, 50013, "Missing Permissions")
        if add and (existing is None or not existing["me"]):
            if existing is None:
                existing = {"emoji": emoji, "count": 0, "me": False, "burst_count": 0}
                reactions.append(existing)
            existing.update(count=existing["count"] + 1, me=True)
        elif not add and existing is not None and existing["me"]:
            existing.update(count=existing["count"] - 1, me=False)
            if existing["count"] == 0:
                reactions.remove(existing)
        else:
            return no_content()  # nothing changed, so Discord sends no event either
        event: JSON = {
            "user_id": str(self.world.bot_user.id),
            "channel_id": message["channel_id"],
            "message_id": message["id"],
            "emoji": emoji,
            "burst": False,
            "type": 0,
        }
        if "guild_id" in message:
            event["guild_id"] = message["guild_id"]
        if add:
            event["message_author_id"] = message["author"]["id"]
        await self.fake.emit("MESSAGE_REACTION_ADD" if add else "MESSAGE_REACTION_REMOVE", event)
        return no_content()

    async def typing(self, request: web.Request) -> web.Response:
        if self._channel(request) is None:
            return discord_error(404, 10003, "Unknown Channel")
        return no_content()

    # --- uploads (Discord's CDN) -----------------------------------------------

    async def get_upload(self, request: web.Request) -> web.Response:
        upload = self.fake.uploads.get(int(request.match_info["attachment_id"]))
        if upload is None or upload.filename != request.match_info["filename"]:
            return discord_error(404, 0, "404: Not Found")
        return web.Response(
            body=upload.data, content_type=upload.content_type or "application/octet-stream"
        )

    # --- guilds ---------------------------------------------------------------

    async def get_guild(self, request: web.Request) -> web.Response:
        guild = self.world.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, 10004, "Unknown Guild")
        return json_response(payloads.guild_payload(guild))

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self.world.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, 10004, "Unknown Guild")
        return json_response([payloads.channel_payload(c) for c in guild.channels])

    async def get_guild_roles(self, request: web.Request) -> web.Response:
        guild = self.world.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, 10004, "Unknown Guild")
        return json_response([payloads.role_payload(r) for r in guild.roles])

    async def get_members(self, request: web.Request) -> web.Response:
        guild = self.world.guild(int(request.match_info["guild_id"]))
        if guild is None:
            return discord_error(404, 10004, "Unknown Guild")
        limit = int(request.query.get("limit", 1))
        return json_response([payloads.member_payload(m) for m in guild.members[:limit]])

    async def get_member(self, request: web.Request) -> web.Response:
        guild = self.world.guild(int(request.match_info["guild_id"]))
        member = guild.get_member(int(request.match_info["user_id"])) if guild else None
        if member is None:
            return discord_error(404, 10007, "Unknown Member")
        return json_response(payloads.member_payload(member))
