"""FakeDiscord: an aiohttp server on 127.0.0.1 that plays Discord's REST API and gateway."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from . import payloads
from .gateway import GatewaySession, event_guild
from .models import (
    PRIVILEGED_INTENTS,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeUser,
    World,
    default_world,
    snowflake,
)
from .recording import RecordedFile, RecordedRequest, Recorder
from .responses import discord_error
from .rest import RECORDED, InteractionState, RestApi

JSON = dict[str, Any]
API_PREFIX = "/api/v10"


@dataclass
class _Failure:
    method: str | None
    path: str
    response: Callable[[], web.Response]
    times: int


class FakeDiscord:
    """A fake Discord for the real discord.py client. See the package docstring for usage."""

    def __init__(
        self,
        world: World | None = None,
        *,
        interaction_deadline: float = 3.0,
        privileged_intents: int = PRIVILEGED_INTENTS,
        heartbeat_interval_ms: int = 41_250,
        shards: int = 1,
        max_concurrency: int = 16,
    ) -> None:
        self.world = world or default_world()
        # GET /gateway/bot recommends this many shards; IDENTIFY with fewer is refused (4011).
        self.shards = shards
        self.max_concurrency = max_concurrency
        # Discord forgets an interaction whose initial response comes later than this.
        self.interaction_deadline = interaction_deadline
        self.privileged_intents = privileged_intents
        self.heartbeat_interval_ms = heartbeat_interval_ms

        self.recorder = Recorder()
        self.messages: dict[int, JSON] = {}
        self.interactions: dict[str, InteractionState] = {}
        self.global_commands: list[JSON] = []
        self.guild_commands: dict[int, list[JSON]] = {}
        self.modals: dict[str, JSON] = {}
        self.uploads: dict[int, FakeAttachment] = {}
        self.gateway_frames: list[JSON] = []
        self.dispatched: list[tuple[str, JSON]] = []
        self.errors: list[str] = []
        self.sessions: list[GatewaySession] = []

        self._failures: list[_Failure] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle ------------------------------------------------------------

    @property
    def http_base(self) -> str:
        """What discord.http.Route.BASE must be set to."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """What DiscordWebSocket.DEFAULT_GATEWAY must point at (as a yarl.URL)."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def started(self) -> bool:
        return self._runner is not None

    async def start(self) -> Self:
        app = web.Application(middlewares=[self._make_middleware()], client_max_size=64 << 20)
        for method, path, handler in RestApi(self).routes():
            app.router.add_route(method, API_PREFIX + path, handler)
        app.router.add_get("/gateway", self._gateway)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    async def stop(self) -> None:
        for session in self.sessions:
            if not session.ws.closed:
                await session.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @staticmethod
    def loop_time() -> float:
        return asyncio.get_running_loop().time()

    # --- the world, for tests ---------------------------------------------------

    @property
    def bot_user(self) -> FakeUser:
        return self.world.bot_user

    @property
    def application_id(self) -> int:
        return self.world.application_id

    @property
    def guild(self) -> FakeGuild:
        """The first guild."""
        return self.world.guilds[0]

    @property
    def channel(self) -> FakeChannel:
        """The first guild's #general (or its first channel)."""
        named = [c for c in self.guild.channels if c.name == "general"]
        return (named or self.guild.channels)[0]

    @property
    def owner(self) -> FakeMember:
        found = self.guild.get_member(self.guild.owner_id)
        if found is None:
            raise LookupError("the guild owner is not a member")
        return found

    @property
    def moderator(self) -> FakeMember:
        """Member "mod" (has the Moderator role: MANAGE_GUILD) in the default world."""
        return self.guild.member_named("mod")

    @property
    def member(self) -> FakeMember:
        """Member "alice" (no extra roles) in the default world."""
        return self.guild.member_named("alice")

    # --- HTTP plumbing --------------------------------------------------------

    def _make_middleware(self) -> Middleware:
        @web.middleware
        async def record(request: web.Request, handler: Handler) -> web.StreamResponse:
            if not request.path.startswith(API_PREFIX):
                response: web.StreamResponse = await handler(request)
                return response
            rec = await self._read_request(request)
            request[RECORDED] = rec
            response = self._injected_failure(rec) or await self._handle(request, handler, rec)
            rec.status = response.status
            if (
                isinstance(response, web.Response)
                and isinstance(response.body, bytes)
                and response.content_type == "application/json"
            ):
                try:
                    rec.response = json.loads(response.body) if response.body else None
                except ValueError:  # an uploaded file served as JSON need not be JSON
                    rec.response = None
            self.recorder.add(rec)
            return response

        return record

    async def _handle(
        self, request: web.Request, handler: Handler, rec: RecordedRequest
    ) -> web.StreamResponse:
        resource = getattr(request.match_info.route, "resource", None)
        if resource is not None:
            rec.route = resource.canonical.removeprefix(API_PREFIX)
        try:
            response: web.StreamResponse = await handler(request)
            return response
        except (web.HTTPNotFound, web.HTTPMethodNotAllowed):
            rec.route = None
            return discord_error(404, 0, "404: Not Found (route not served by FakeDiscord)")
        except Exception:
            # A bug in the fake itself. Answer 400, not 500: discord.py retries 5xx with sleeps.
            self.errors.append(f"{rec}\n{traceback.format_exc()}")
            return discord_error(400, 0, "FakeDiscord handler crashed; see fake.errors")

    async def _read_request(self, request: web.Request) -> RecordedRequest:
        body: Any = None
        files: list[RecordedFile] = []
        fields: dict[str, str] = {}
        if request.content_type == "multipart/form-data":
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    data = value.file.read()
                    files.append(RecordedFile(name, value.filename, value.content_type, data))
                elif name == "payload_json":
                    body = json.loads(str(value))
                else:
                    fields[name] = str(value)
        elif request.can_read_body:
            raw = await request.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")  # kept for the test to see
        return RecordedRequest(
            index=self.recorder.next_index(),
            method=request.method,
            path=request.path.removeprefix(API_PREFIX),
            query=dict(request.query),
            json=body,
            files=files,
            form=fields,
            headers=dict(request.headers),
        )

    def _injected_failure(self, rec: RecordedRequest) -> web.Response | None:
        for failure in self._failures:
            if rec.matches(failure.method, failure.path):
                failure.times -= 1
                if failure.times <= 0:
                    self._failures.remove(failure)
                rec.route = "<injected failure>"
                return failure.response()
        return None

    def fail_next(
        self,
        method: str | None,
        path: str,
        *,
        status: int = 403,
        code: int = 50013,
        message: str = "Missing Permissions",
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests matching (method, path regex) with an error.

        Avoid 5xx statuses: discord.py retries those up to 5 times, sleeping 1-9 s between.
        """
        self._failures.append(
            _Failure(method, path, lambda: discord_error(status, code, message), times)
        )

    # --- what the bot did -----------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.recorder.requests

    @property
    def unknown_requests(self) -> list[RecordedRequest]:
        """Requests no route served (answered 404): usually a route the fake lacks."""
        return [r for r in self.requests if r.route is None]

    def find_requests(self, method: str | None, path: str) -> list[RecordedRequest]:
        """All recorded requests matching method (None or "*" for any) and a full-match regex."""
        return self.recorder.find(method, path)

    async def wait_for_request(
        self,
        method: str | None,
        path: str,
        *,
        timeout: float = 2.0,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> RecordedRequest:
        """The earliest matching request not yet returned by a previous wait_for_request.

        Requests that arrived before the call count, so there is no race; calling it again
        with the same pattern yields the next one.
        """

        def probe() -> RecordedRequest | None:
            found = self.recorder.first_untaken(method, path, predicate)
            return self.recorder.take(found) if found else None

        return await self.recorder.wait_until(
            probe,
            timeout,
            lambda: f"no {method or '*'} {path} within {timeout}s; {self.recorder.summary()}",
        )

    async def expect_no_request(
        self,
        method: str | None,
        path: str,
        *,
        within: float = 0.1,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> None:
        """Fail if a matching request (not yet taken by wait_for_request) shows up in time."""
        try:
            found = await self.wait_for_request(method, path, timeout=within, predicate=predicate)
        except TimeoutError:
            return
        raise AssertionError(f"unexpected request: {found} with body {found.json!r}")

    async def wait_for_callback(
        self, interaction: JSON, *, timeout: float = 2.0
    ) -> RecordedRequest:
        """The bot's initial response (POST .../callback) to an interaction we dispatched."""
        path = re.escape(f"/interactions/{interaction['id']}/{interaction['token']}/callback")
        return await self.wait_for_request("POST", path, timeout=timeout)

    def original_message(self, interaction: JSON) -> JSON | None:
        """The current state of the interaction's original response message, if any."""
        state = self.interactions.get(interaction["token"])
        if state is None or state.original_message_id is None:
            return None
        return self.messages.get(state.original_message_id)

    def bot_messages(self, channel: FakeChannel | None = None) -> list[JSON]:
        """Messages the bot created (any route), oldest first; deleted ones are gone."""
        bot_id = str(self.bot_user.id)
        return [
            m
            for _, m in sorted(self.messages.items())
            if m["author"]["id"] == bot_id
            and (channel is None or m["channel_id"] == str(channel.id))
        ]

    def commands(self, guild: FakeGuild | int | None = None) -> list[JSON]:
        """The registered command set: global, or for one guild."""
        if guild is None:
            return list(self.global_commands)
        guild_id = guild.id if isinstance(guild, FakeGuild) else guild
        return list(self.guild_commands.get(guild_id, []))

    @property
    def identify(self) -> JSON | None:
        """The latest IDENTIFY payload ("d") the bot sent."""
        for session in reversed(self.sessions):
            if session.identify is not None:
                return session.identify
        return None

    @property
    def intents(self) -> int | None:
        identify = self.identify
        return None if identify is None else int(identify.get("intents", 0))

    async def wait_for_identify(self, *, timeout: float = 2.0) -> JSON:
        return await self.recorder.wait_until(
            lambda: self.identify, timeout, lambda: "the bot never sent IDENTIFY"
        )

    # --- gateway --------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        session = GatewaySession(
            ws,
            self.world,
            self.gateway_url,
            allowed_privileged=self.privileged_intents,
            heartbeat_interval_ms=self.heartbeat_interval_ms,
            on_frame=self.gateway_frames.append,
            on_identify=lambda _: self.recorder.notify(),
            required_shards=self.shards,
            resumable=self._identified_session,
        )
        self.sessions.append(session)
        try:
            await session.run()
        finally:
            self.recorder.notify()
        return ws

    def _identified_session(self, session_id: str) -> GatewaySession | None:
        return next(
            (s for s in self.sessions if s.session_id == session_id and s.identify is not None),
            None,
        )

    def shard_sessions(self) -> dict[int, GatewaySession]:
        """The live, identified session of each shard."""
        return {s.shard[0]: s for s in self.sessions if s.ready}

    async def emit(self, event: str, data: JSON, *, apply_intents: bool = True) -> JSON | None:
        """Send an event to every identified session of the shard it belongs to (its guild's;
        shard 0 for DMs); returns what the (last) one received."""
        delivered = None
        guild_id = event_guild(event, data)
        for session in self.sessions:
            if session.ready and session.serves(guild_id):
                delivered = await session.dispatch(event, data, apply_intents=apply_intents)
                if delivered is not None:
                    self.dispatched.append((event, delivered))
        return delivered

    async def dispatch(self, event: str, data: JSON, *, apply_intents: bool = True) -> JSON | None:
        """Send a gateway event to the bot, as Discord would.

        Messages are remembered (so replies, clicks and context menus can refer to them)
        and interactions are registered (so the bot's callback is accepted). Returns the
        payload as delivered: content-blanked without the message content intent, or None
        when the bot's intents exclude the event. `apply_intents=False` sends it verbatim.
        """
        if not any(s.ready for s in self.sessions):
            raise RuntimeError("no identified gateway session: is the bot running?")
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE"):
            self.messages[int(data["id"])] = data
        elif event == "MESSAGE_DELETE":
            self.messages.pop(int(data["id"]), None)
        elif event == "INTERACTION_CREATE":
            self.interactions[data["token"]] = InteractionState(data, self.loop_time())
        return await self.emit(event, data, apply_intents=apply_intents)

    # --- users doing things ---------------------------------------------------

    def upload(
        self,
        filename: str,
        data: bytes,
        *,
        size: int | None = None,
        content_type: str | None = "application/x-yaml",
    ) -> FakeAttachment:
        """A file a user uploads, to pass as an attachment option of `invoke_slash`.

        The fake serves its bytes at its `url` (GET requests there are recorded too).
        `size` is what Discord reports for it (default: the real size).
        """
        attachment_id = snowflake()
        attachment = FakeAttachment(
            id=attachment_id,
            filename=filename,
            data=data,
            size=len(data) if size is None else size,
            url=f"{self.http_base}/attachments/{attachment_id}/{filename}",
            content_type=content_type,
        )
        self.uploads[attachment_id] = attachment
        return attachment

    def _invoker(self, member: FakeMember | FakeUser | None, channel: FakeChannel) -> Any:
        if member is not None:
            return member
        return self.member if channel.guild_id else channel.recipients[0]

    def _registered(self, name: str, kind: int, channel: FakeChannel) -> JSON | None:
        """The command as registered: guild commands shadow global ones, like Discord."""
        top = name.split()[0]
        pools = [self.guild_commands.get(channel.guild_id, [])] if channel.guild_id else []
        pools.append(self.global_commands)
        for pool in pools:
            for cmd in pool:
                if cmd["name"] == top and cmd["type"] == kind:
                    return cmd
        return None

    def _message(self, message: JSON | int) -> JSON:
        if isinstance(message, int):
            return self.messages[message]
        return self.messages.get(int(message["id"]), message)

    def _channel_of(self, message: JSON) -> FakeChannel:
        channel = self.world.channel(int(message["channel_id"]))
        if channel is None:
            raise LookupError(f"message {message['id']} is in an unknown channel")
        return channel

    async def _interact(self, payload: JSON) -> JSON:
        """Send a user's interaction to the bot; the payload, to wait for the bot's callback."""
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def post_message(
        self,
        content: str = "",
        *,
        author: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        embeds: list[JSON] | None = None,
        reply_to: JSON | None = None,
        ping: bool = True,
        forwards: JSON | None = None,
    ) -> JSON:
        """A user posts a message (MESSAGE_CREATE). Mentions are parsed from the content,
        so `f"{fake.bot_user.mention} hi"` mentions the bot. A reply (`reply_to`) pings the
        replied-to author, as Discord's client does by default, unless `ping` is False.
        `forwards`: the message this one forwards (Discord sends it with no content of its
        own, the forwarded one in `message_snapshots`).
        Defaults: alice in #general. Returns the full message (before any content blanking)."""
        channel = channel or self.channel
        invoker = self._invoker(author, channel)
        user = invoker.user if isinstance(invoker, FakeMember) else invoker
        reference = None
        if reply_to is not None:
            reference = {"message_id": reply_to["id"], "channel_id": reply_to["channel_id"]}
        message = payloads.message_payload(
            self.world,
            channel=channel,
            author=user,
            content=content,
            embeds=embeds,
            message_reference=reference,
            referenced_message=reply_to,
            allowed_mentions=None if ping else {"parse": ["users", "roles", "everyone"]},
        )
        if forwards is not None:
            message.update(payloads.forward_of(forwards))
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    async def invoke_slash(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        member: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        command_guild_id: int | None = None,
    ) -> JSON:
        """A user runs /name (or "group sub"). Option values may be str/int/float/bool or
        FakeMember/FakeUser/FakeRole/FakeChannel (sent as ids with `resolved` data)."""
        channel = channel or self.channel
        payload = payloads.slash_command_interaction(
            self.world,
            name,
            options,
            channel=channel,
            invoker=self._invoker(member, channel),
            registered=self._registered(name, payloads.CommandType.CHAT_INPUT, channel),
            command_guild_id=command_guild_id,
        )
        return await self._interact(payload)

    async def invoke_autocomplete(
        self,
        name: str,
        options: Mapping[str, Any],
        *,
        focused: str,
        member: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        command_guild_id: int | None = None,
    ) -> JSON:
        """A user types into option `focused`; the bot answers with callback type 8."""
        channel = channel or self.channel
        payload = payloads.autocomplete_interaction(
            self.world,
            name,
            options,
            focused=focused,
            channel=channel,
            invoker=self._invoker(member, channel),
            registered=self._registered(name, payloads.CommandType.CHAT_INPUT, channel),
            command_guild_id=command_guild_id,
        )
        return await self._interact(payload)

    async def click(
        self,
        message: JSON | int,
        custom_id: str,
        *,
        member: FakeMember | FakeUser | None = None,
        values: list[str] | None = None,
    ) -> JSON:
        """A user presses a button (or picks `values` in a select) on a message."""
        message = self._message(message)
        channel = self._channel_of(message)
        payload = payloads.component_interaction(
            self.world,
            message=message,
            custom_id=custom_id,
            channel=channel,
            invoker=self._invoker(member, channel),
            values=values,
        )
        return await self._interact(payload)

    async def submit_modal(
        self,
        custom_id: str,
        values: Mapping[str, str | list[str]],
        *,
        member: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        message: JSON | int | None = None,
    ) -> JSON:
        """A user submits the modal the bot opened (callback type 9) with this custom_id.

        `message`: the message whose button opened the modal; Discord then sends it with the
        submission, and the bot may update it (callback type 7)."""
        modal = self.modals.get(custom_id)
        if modal is None:
            raise LookupError(
                f"the bot never opened a modal {custom_id!r}; opened: {list(self.modals)}"
            )
        channel = channel or self.channel
        payload = payloads.modal_submit_interaction(
            self.world,
            custom_id=custom_id,
            values=values,
            channel=channel,
            invoker=self._invoker(member, channel),
            modal=modal,
            message=self._message(message) if message is not None else None,
        )
        return await self._interact(payload)

    async def invoke_message_command(
        self,
        name: str,
        target: JSON | int,
        *,
        member: FakeMember | FakeUser | None = None,
        command_guild_id: int | None = None,
    ) -> JSON:
        """A user runs the message context-menu command `name` on `target`."""
        target = self._message(target)
        channel = self._channel_of(target)
        payload = payloads.message_command_interaction(
            self.world,
            name,
            target,
            channel=channel,
            invoker=self._invoker(member, channel),
            registered=self._registered(name, payloads.CommandType.MESSAGE, channel),
            command_guild_id=command_guild_id,
        )
        return await self._interact(payload)

    async def invoke_user_command(
        self,
        name: str,
        target: FakeMember | FakeUser,
        *,
        member: FakeMember | FakeUser | None = None,
        channel: FakeChannel | None = None,
        command_guild_id: int | None = None,
    ) -> JSON:
        """A user runs the user context-menu command `name` on `target`."""
        channel = channel or self.channel
        payload = payloads.user_command_interaction(
            self.world,
            name,
            target,
            channel=channel,
            invoker=self._invoker(member, channel),
            registered=self._registered(name, payloads.CommandType.USER, channel),
            command_guild_id=command_guild_id,
        )
        return await self._interact(payload)
