"""One gateway websocket connection: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats.

Frames are JSON text, never compressed: discord.py only decompresses binary frames.
Dispatches go through `visible()`, which applies the intent rules real Discord applies.

Sharding as Discord does it: a session that identifies with `shard: [id, count]` is shard
`id` and gets the guilds with `(guild_id >> 22) % count == id` (READY lists them, one
GUILD_CREATE each), and only their events; DMs go to shard 0. When the fake requires more
shards than the client asks for, IDENTIFY is refused with 4011 (sharding required).
"""

from __future__ import annotations

import copy
import json
import secrets
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads
from .models import PRIVILEGED_INTENTS, Intent, World

JSON = dict[str, Any]

HELLO, HEARTBEAT, IDENTIFY, PRESENCE, RESUME, REQUEST_MEMBERS = 10, 1, 2, 3, 6, 8
DISPATCH, INVALID_SESSION, HEARTBEAT_ACK = 0, 9, 11
CLOSE_INVALID_SHARD, CLOSE_SHARDING_REQUIRED, CLOSE_DISALLOWED_INTENTS = 4010, 4011, 4014


def shard_of(guild_id: int, shard_count: int) -> int:
    """Discord's documented rule for which shard receives a guild's events."""
    return (guild_id >> 22) % shard_count


_GUILD_ID_IS_ID = {"GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"}


def event_guild(event: str, data: JSON) -> int | None:
    """The guild an event belongs to (None: a DM or a bot-wide event, for shard 0)."""
    if event in _GUILD_ID_IS_ID:
        return int(data["id"])
    guild_id = data.get("guild_id")
    return int(guild_id) if guild_id is not None else None


_MESSAGE_EVENTS = {"MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE", "MESSAGE_DELETE_BULK"}
_REACTION_EVENTS = {
    "MESSAGE_REACTION_ADD",
    "MESSAGE_REACTION_REMOVE",
    "MESSAGE_REACTION_REMOVE_ALL",
    "MESSAGE_REACTION_REMOVE_EMOJI",
}


def visible(event: str, data: JSON, intents: int, bot_id: int) -> JSON | None:
    """What a client that identified with `intents` receives for this event (None: nothing)."""
    in_guild = "guild_id" in data
    if event in _MESSAGE_EVENTS:
        needed = Intent.GUILD_MESSAGES if in_guild else Intent.DIRECT_MESSAGES
    elif event in _REACTION_EVENTS:
        needed = Intent.GUILD_MESSAGE_REACTIONS if in_guild else Intent.DIRECT_MESSAGE_REACTIONS
    elif event == "TYPING_START":
        needed = Intent.GUILD_MESSAGE_TYPING if in_guild else Intent.DIRECT_MESSAGE_TYPING
    else:
        return data
    if not intents & needed:
        return None
    if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE"):
        return _without_hidden_content(data, intents, bot_id)
    return data


def _without_hidden_content(message: JSON, intents: int, bot_id: int) -> JSON:
    """Blank the message, and the message it replies to, each by its own visibility rule."""
    referenced = message.get("referenced_message")
    hide = _content_hidden(message, intents, bot_id)
    hide_referenced = referenced is not None and _content_hidden(referenced, intents, bot_id)
    if not (hide or hide_referenced):
        return message
    message = copy.deepcopy(message)
    for target, hidden in ((message, hide), (message.get("referenced_message"), hide_referenced)):
        if hidden and target is not None:
            target.update(content="", embeds=[], attachments=[], components=[])
            target.pop("poll", None)
    return message


def _content_hidden(message: JSON, intents: int, bot_id: int) -> bool:
    """Without MESSAGE_CONTENT, guild messages arrive blank unless they are the bot's own
    or mention it (DMs always carry content)."""
    if intents & Intent.MESSAGE_CONTENT or "guild_id" not in message:
        return False
    if int(message.get("author", {}).get("id", 0)) == bot_id:
        return False
    return all(int(u["id"]) != bot_id for u in message.get("mentions", []))


class GatewaySession:
    """Serves one client connection until it closes."""

    def __init__(
        self,
        ws: web.WebSocketResponse,
        world: World,
        url: str,
        *,
        allowed_privileged: int,
        heartbeat_interval_ms: int,
        on_frame: Callable[[JSON], None],
        on_identify: Callable[[GatewaySession], None],
        required_shards: int = 1,
        resumable: Callable[[str], GatewaySession | None] = lambda _: None,
    ) -> None:
        self.ws = ws
        self.world = world
        self.url = url
        self.allowed_privileged = allowed_privileged
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.on_frame = on_frame
        self.on_identify = on_identify
        self.session_id = secrets.token_hex(16)
        self.sequence = 0
        self.identify: JSON | None = None
        self.intents = 0
        self.required_shards = required_shards
        self.resumable = resumable  # the identified session a RESUME names, if any
        self.shard: tuple[int, int] = (0, 1)
        self.events: list[tuple[str, JSON]] = []  # what this session delivered

    def serves(self, guild_id: int | None) -> bool:
        """Whether this session's shard receives events of `guild_id` (None: shard 0)."""
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return shard_of(guild_id, count) == shard_id

    @property
    def ready(self) -> bool:
        return self.identify is not None and not self.ws.closed

    async def run(self) -> None:
        await self._send({"op": HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        async for msg in self.ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            self.on_frame(frame)
            await self._handle(frame)

    async def _handle(self, frame: JSON) -> None:
        op = frame.get("op")
        data: Any = frame.get("d")
        if op == HEARTBEAT:
            await self._send({"op": HEARTBEAT_ACK})
        elif op == IDENTIFY:
            await self._identify(data)
        elif op == RESUME:
            await self._resume(data)
        elif op == REQUEST_MEMBERS:
            await self._member_chunk(data)
        # PRESENCE and anything else: recorded by on_frame, nothing to answer.

    async def _identify(self, data: JSON) -> None:
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS & ~self.allowed_privileged:
            # Real Discord refuses privileged intents not enabled in the developer portal.
            await self.ws.close(code=CLOSE_DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
            return
        shard_id, count = data.get("shard") or (0, 1)
        if count < self.required_shards:
            await self.ws.close(code=CLOSE_SHARDING_REQUIRED, message=b"Sharding required.")
            return
        if not 0 <= shard_id < count:
            await self.ws.close(code=CLOSE_INVALID_SHARD, message=b"Invalid shard.")
            return
        self.identify, self.intents, self.shard = data, intents, (shard_id, count)
        self.on_identify(self)
        guilds = [guild for guild in self.world.guilds if self.serves(guild.id)]
        ready = payloads.ready_payload(self.world, self.session_id, self.url, guilds)
        if "shard" in data:
            ready["shard"] = [shard_id, count]
        await self.dispatch("READY", ready)
        for guild in guilds:
            await self.dispatch("GUILD_CREATE", payloads.guild_create_payload(guild))

    async def _resume(self, data: JSON) -> None:
        """Take over the session the RESUME names (its intents, shard, sequence), as Discord
        does; a session it does not know gets INVALID_SESSION (not resumable)."""
        earlier = self.resumable(str(data.get("session_id")))
        if earlier is None or earlier.identify is None:
            await self._send({"op": INVALID_SESSION, "d": False})
            return
        self.identify, self.intents, self.shard = earlier.identify, earlier.intents, earlier.shard
        self.session_id, self.sequence = earlier.session_id, earlier.sequence
        self.on_identify(self)
        await self.dispatch("RESUMED", {})

    async def _member_chunk(self, data: JSON) -> None:
        guild = self.world.guild(int(data["guild_id"]))
        members = [payloads.member_payload(m) for m in guild.members] if guild else []
        chunk = {
            "guild_id": data["guild_id"],
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if "nonce" in data:
            chunk["nonce"] = data["nonce"]
        await self.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def dispatch(self, event: str, data: JSON, *, apply_intents: bool = True) -> JSON | None:
        """Send an event (after intent filtering); returns what was sent, if anything."""
        shown: JSON | None = data
        if apply_intents:
            shown = visible(event, data, self.intents, self.world.bot_user.id)
        if shown is None or self.ws.closed:
            return None
        self.sequence += 1
        self.events.append((event, shown))
        await self._send({"op": DISPATCH, "t": event, "s": self.sequence, "d": shown})
        return shown

    async def _send(self, frame: JSON) -> None:
        await self.ws.send_str(json.dumps(frame))
