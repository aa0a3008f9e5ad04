"""A fake Discord (REST + gateway on 127.0.0.1) for end-to-end tests of the real discord.py.

Running a bot::

    from tests.fakediscord import FakeDiscord, running_bot

    async def test_ping(fake_discord: FakeDiscord) -> None:       # fixture: a started fake
        async with running_bot(make_bot, fake_discord) as (bot, fake):
            await bot.tree.sync(guild=discord.Object(fake.guild.id))
            interaction = await fake.invoke_slash("ping", {"text": "hi"})
            callback = await fake.wait_for_callback(interaction)
            assert callback.json["type"] == 4
            assert callback.json["data"]["content"] == "pong: hi"

`make_bot` is any zero-argument callable returning a discord.Client / commands.Bot; it
is called inside the running loop, with discord.py's URLs already pointing at the fake.
`running_bot` waits for on_ready (failing fast if bot.start() dies), and afterwards
closes the bot, restores discord.http.Route.BASE and DiscordWebSocket.DEFAULT_GATEWAY
and, when it started the fake itself, stops it. With `strict=True` (default) a test that
passed still fails if discord.py logged an error (exception in a command, view or event
handler), the bot hit a route the fake does not serve, or the fake itself crashed.
Alternatively the `run_bot` fixture: `bot, fake = await run_bot(make_bot)`.

The default world (`fake.guild`, "Test Guild"): channels #general (`fake.channel`) and
#mod-log; members `fake.owner`, `fake.moderator` ("mod", role "Moderator" with
MANAGE_GUILD | MANAGE_MESSAGES), `fake.member` ("alice", no extra role) and the bot
(`fake.bot_user`, application id `fake.application_id`). Build another `World` from
`models` and pass it to `FakeDiscord(world)` for other setups; `add_guild(fake.world, name)`
adds a server (with an admin) before the bot starts.

What the bot sent: `fake.requests` (RecordedRequest: method, path relative to /api/v10,
query, json, files, form, headers, status, response). `await fake.wait_for_request(method,
path_regex)` returns the earliest matching request not yet returned by an earlier call
(so requests that came first are not missed); `await fake.wait_for_callback(interaction)`;
`await fake.expect_no_request(method, path_regex, within=0.1)`. State: `fake.commands(guild)`,
`fake.messages`, `fake.bot_messages(channel)`, `fake.original_message(interaction)`,
`fake.modals`, `fake.identify` / `fake.intents`, `fake.gateway_frames`, `fake.dispatched`.
Waits fail at once, with the cause, if bot.start() has died.

What users do (each dispatches over the gateway and returns the payload):
`post_message`, `invoke_slash`, `invoke_autocomplete`, `click`, `submit_modal`,
`invoke_message_command`, `invoke_user_command`; or build a payload with `payloads` and
send it with `await fake.dispatch(event, payload)`. `fake.upload(filename, data)` makes a
FakeAttachment to pass as an attachment option; the fake serves its bytes at its url.
Files the bot sends become attachments as on Discord: content type from the file name,
width/height for PNGs, served at their url, and an embed image `attachment://NAME` resolved
to that url.

Sharding: `FakeDiscord(shards=N)` (or `fake.shards = N` before the bot starts) makes
GET /gateway/bot recommend N shards; each session that identifies with `shard: [id, N]` gets
only its own servers (READY and GUILD_CREATE) and their events, DMs going to shard 0, and an
IDENTIFY with fewer shards is refused with 4011. `fake.shard_sessions()` maps shard ids to
their sessions; `session.events` is what each one delivered.

Like Discord, the fake echoes the bot's messages (MESSAGE_CREATE/UPDATE/DELETE, reactions)
over the gateway, withholds message events the bot's intents exclude, blanks guild message
content without the message content intent (unless the bot is mentioned or the author),
refuses a second or late (> `interaction_deadline`) interaction response and invalid
command definitions, and answers Discord-style errors for unknown ids or missing
permissions. `fake.fail_next(method, path_regex, status=..., code=...)` injects an error.
"""

from .fixtures import discord_urls, fake_discord, run_bot, running_bot
from .models import (
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Intent,
    Overwrite,
    Permission,
    World,
    add_guild,
    default_world,
)
from .recording import RecordedFile, RecordedRequest
from .server import FakeDiscord

__all__ = [
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "Intent",
    "Overwrite",
    "Permission",
    "RecordedFile",
    "RecordedRequest",
    "World",
    "add_guild",
    "default_world",
    "discord_urls",
    "fake_discord",
    "run_bot",
    "running_bot",
]
