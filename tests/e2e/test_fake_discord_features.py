"""The rest of the harness: every interaction builder, message routes, error paths."""

from __future__ import annotations

import asyncio
import io
import time

import discord
import pytest
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from tests.fakediscord import FakeDiscord, running_bot
from tests.fakediscord.fixtures import BotRunner

FRUITS = ["Apple", "Apricot", "Banana"]


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text: discord.ui.TextInput[FeedbackModal] = discord.ui.TextInput(
        label="Your feedback", custom_id="feedback:text"
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class FeatureBot(commands.Bot):
    def __init__(self, intents: discord.Intents | None = None) -> None:
        super().__init__(command_prefix="!", intents=intents or discord.Intents.default())

        @self.tree.command(name="fruit", description="Pick a fruit")
        async def fruit(interaction: discord.Interaction, name: str) -> None:
            await interaction.response.send_message(f"you picked {name}")

        @fruit.autocomplete("name")
        async def fruit_names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current)]

        @self.tree.command(name="feedback", description="Send feedback")
        async def feedback(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(FeedbackModal())

        @self.tree.command(name="slow", description="Answers after thinking")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send("done")
            await interaction.edit_original_response(content="done (edited)")

        @self.tree.command(name="late", description="Answers too late")
        async def late(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.1)
            await interaction.response.send_message("finally")

        @self.tree.context_menu(name="Quote")
        async def quote(interaction: discord.Interaction, message: discord.Message) -> None:
            await interaction.response.send_message(f"> {message.content}", ephemeral=True)

        @self.tree.context_menu(name="Inspect")
        async def inspect(interaction: discord.Interaction, member: discord.Member) -> None:
            can = member.guild_permissions.manage_guild
            await interaction.response.send_message(f"{member.display_name}: manage_guild={can}")

        @self.tree.command(name="upload", description="Reads an uploaded file")
        async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}: {file.size} {data!r}")

        admin = app_commands.Group(name="admin", description="Admin tools")

        @admin.command(name="warn", description="Warn a member")
        async def warn(
            interaction: discord.Interaction, member: discord.Member, reason: str = "none"
        ) -> None:
            await interaction.response.send_message(f"warned {member.display_name}: {reason}")

        self.tree.add_command(admin)


async def test_autocomplete_choices(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (bot, fake):
        await bot.tree.sync()
        interaction = await fake.invoke_autocomplete("fruit", {"name": "Ap"}, focused="name")
        callback = await fake.wait_for_callback(interaction)
        assert callback.json == {
            "type": 8,
            "data": {
                "choices": [
                    {"name": "Apple", "value": "Apple"},
                    {"name": "Apricot", "value": "Apricot"},
                ]
            },
        }


async def test_modal_open_and_submit(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (_, fake):
        opened = await fake.wait_for_callback(await fake.invoke_slash("feedback"))
        assert opened.json["type"] == 9
        assert opened.json["data"]["title"] == "Feedback"
        custom_id = opened.json["data"]["custom_id"]

        submit = await fake.submit_modal(custom_id, {"feedback:text": "great bot"})
        answer = await fake.wait_for_callback(submit)
        assert answer.json["data"]["content"] == "thanks: great bot"
        assert answer.json["data"]["flags"] == 64
        with pytest.raises(ValueError, match="no inputs"):
            await fake.submit_modal(custom_id, {"nope": "x"})


async def test_message_and_user_context_menus(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (bot, fake):
        await bot.tree.sync()
        target = await fake.post_message("quote me")
        quoted = await fake.wait_for_callback(await fake.invoke_message_command("Quote", target))
        # Interactions carry full message content even without the message content intent.
        assert quoted.json["data"]["content"] == "> quote me"

        inspect = await fake.invoke_user_command("Inspect", fake.moderator)
        inspected = await fake.wait_for_callback(inspect)
        assert inspected.json["data"]["content"] == "Moderator Mo: manage_guild=True"


async def test_subcommand_with_member_option(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (bot, fake):
        await bot.tree.sync()
        with pytest.raises(ValueError, match="no option 'why'"):
            await fake.invoke_slash("admin warn", {"member": fake.member, "why": "x"})
        interaction = await fake.invoke_slash(
            "admin warn", {"member": fake.member, "reason": "spam"}, member=fake.moderator
        )
        callback = await fake.wait_for_callback(interaction)
        assert callback.json["data"]["content"] == "warned Alice: spam"
        option = interaction["data"]["options"][0]
        assert (option["name"], option["type"], option["options"][0]["value"]) == (
            "warn",
            1,
            str(fake.member.id),
        )


async def test_defer_then_followup_edits_the_original(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (_, fake):
        interaction = await fake.invoke_slash("slow")
        deferred = await fake.wait_for_callback(interaction)
        assert deferred.json == {"type": 5}
        hook = rf"/webhooks/{fake.application_id}/{interaction['token']}"
        followup = await fake.wait_for_request("POST", hook)
        assert followup.json["content"] == "done" and followup.query["wait"] == "1"
        edit = await fake.wait_for_request("PATCH", hook + "/messages/@original")
        assert edit.json["content"] == "done (edited)"

        original = fake.original_message(interaction)
        assert original is not None
        assert original["content"] == "done (edited)" and original["flags"] & 128 == 0
        assert followup.response["id"] == original["id"]  # the follow-up replaced "thinking"


async def test_late_response_is_refused(fake_discord: FakeDiscord) -> None:
    fake_discord.interaction_deadline = 0.05
    async with running_bot(FeatureBot, fake_discord, strict=False) as (_, fake):
        callback = await fake.wait_for_callback(await fake.invoke_slash("late"))
        assert callback.status == 404
        assert callback.response == {"message": "Unknown interaction", "code": 10062}


async def test_channel_message_routes_and_echoes(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (bot, fake):
        channel = bot.get_channel(fake.channel.id)
        assert isinstance(channel, discord.TextChannel)
        async with channel.typing():
            message = await channel.send("draft", file=discord.File(io.BytesIO(b"hi"), "a.txt"))
        upload = await fake.wait_for_request("POST", rf"/channels/{channel.id}/messages")
        assert upload.json["content"] == "draft"
        assert [(f.filename, f.data) for f in upload.files] == [("a.txt", b"hi")]
        assert [a.filename for a in message.attachments] == ["a.txt"]

        edited = await message.edit(content="final")
        assert edited.content == "final" and edited.edited_at is not None
        await message.add_reaction("👍")
        reaction = await fake.wait_for_request("PUT", r"/channels/\d+/messages/\d+/reactions/.+")
        assert reaction.path.endswith("/reactions/👍/@me")
        await message.delete()
        await fake.wait_for_request("DELETE", rf"/channels/{channel.id}/messages/{message.id}")
        assert fake.bot_messages() == []
        events = [event for event, _ in fake.dispatched if event.startswith("MESSAGE")]
        assert events == [
            "MESSAGE_CREATE",
            "MESSAGE_UPDATE",
            "MESSAGE_REACTION_ADD",
            "MESSAGE_DELETE",
        ]


async def test_direct_messages(fake_discord: FakeDiscord) -> None:
    inbox: asyncio.Queue[discord.Message] = asyncio.Queue()

    class DmBot(FeatureBot):
        async def on_message(self, message: discord.Message) -> None:
            if message.author != self.user:
                await inbox.put(message)
                await message.author.send("got it")

    async with running_bot(DmBot, fake_discord) as (_, fake):
        dm = fake.world.dm_channel(fake.member.user)
        await fake.post_message("secret", channel=dm)
        received = await asyncio.wait_for(inbox.get(), 2)
        assert received.content == "secret"  # DMs keep content without the intent
        assert isinstance(received.channel, discord.DMChannel)
        opened = await fake.wait_for_request("POST", "/users/@me/channels")
        assert opened.json == {"recipient_id": fake.member.id}
        sent = await fake.wait_for_request("POST", rf"/channels/{dm.id}/messages")
        assert sent.json["content"] == "got it"


async def test_injected_failure(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (bot, fake):
        fake.fail_next("POST", r"/channels/\d+/messages")
        channel = bot.get_channel(fake.channel.id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.Forbidden):
            await channel.send("nope")
        assert (await channel.send("yes")).content == "yes"


async def test_client_crash_fails_fast(fake_discord: FakeDiscord) -> None:
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="died") as info:
        async with running_bot(FeatureBot, fake_discord) as (_, fake):
            broken = {"id": "1", "channel_id": str(fake.channel.id), "guild_id": str(fake.guild.id)}
            await fake.dispatch("MESSAGE_CREATE", broken)  # no "type": discord.py cannot parse
            await fake.wait_for_request("POST", "/never", timeout=5)
    assert isinstance(info.value.__cause__, KeyError)
    assert time.monotonic() - started < 1


async def test_unserved_route_fails_strict_mode(fake_discord: FakeDiscord) -> None:
    with pytest.raises(AssertionError, match="route not served by FakeDiscord: GET /invites/abc"):
        async with running_bot(FeatureBot, fake_discord) as (bot, _):
            with pytest.raises(discord.NotFound):
                await bot.fetch_invite("abc")


async def test_refused_privileged_intent(fake_discord: FakeDiscord) -> None:
    fake_discord.privileged_intents = 0
    intents = discord.Intents.default()
    intents.message_content = True
    with pytest.raises(RuntimeError, match="before on_ready") as info:
        async with running_bot(lambda: FeatureBot(intents), fake_discord):
            pass
    assert isinstance(info.value.__cause__, discord.PrivilegedIntentsRequired)


async def test_urls_are_restored() -> None:
    async with running_bot(FeatureBot) as (_, fake):
        assert fake.http_base == Route.BASE
    assert Route.BASE == "https://discord.com/api/v10"
    assert yarl.URL("wss://gateway.discord.gg/") == DiscordWebSocket.DEFAULT_GATEWAY
    assert not fake.started


async def test_reply_visibility_and_owner(run_bot: BotRunner) -> None:
    inbox: asyncio.Queue[discord.Message] = asyncio.Queue()

    class InboxBot(FeatureBot):
        async def on_message(self, message: discord.Message) -> None:
            await inbox.put(message)

    bot, fake = await run_bot(InboxBot)
    original = await fake.post_message("not for bots")
    await asyncio.wait_for(inbox.get(), 2)
    await fake.post_message(
        f"{fake.bot_user.mention} look", author=fake.moderator, reply_to=original
    )
    reply = await asyncio.wait_for(inbox.get(), 2)
    assert reply.content == f"{fake.bot_user.mention} look"
    assert reply.reference is not None and isinstance(reply.reference.resolved, discord.Message)
    # The replied-to message neither mentions the bot nor is its own: its content is hidden.
    assert reply.reference.resolved.content == ""
    assert await bot.is_owner(fake.owner.user)
    assert not await bot.is_owner(fake.member.user)


async def test_attachment_options_are_uploaded_and_served(fake_discord: FakeDiscord) -> None:
    async with running_bot(FeatureBot, fake_discord) as (bot, fake):
        await bot.tree.sync()
        upload = fake.upload("notes.yaml", b"a: 1\n")
        interaction = await fake.invoke_slash("upload", {"file": upload})
        callback = await fake.wait_for_callback(interaction)
        assert callback.json["data"]["content"] == "notes.yaml: 5 b'a: 1\\n'"
        assert interaction["data"]["options"][0]["type"] == 11
        served = fake.find_requests("GET", rf"/attachments/{upload.id}/notes\.yaml")
        assert [r.status for r in served] == [200]


async def test_a_bot_that_does_not_shard_is_refused_when_discord_requires_it() -> None:
    async with FakeDiscord(shards=2) as fake:
        with pytest.raises(RuntimeError, match="ended before on_ready") as failed:
            async with running_bot(FeatureBot, fake, ready_timeout=3.0):
                pass
        cause = failed.value.__cause__
        assert isinstance(cause, discord.ConnectionClosed) and cause.code == 4011


class QuickShards(commands.AutoShardedBot):
    def __init__(self) -> None:
        super().__init__(command_prefix="!", intents=discord.Intents.default())

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """No 5 s between shards: the fake has no session start limit to respect."""


async def test_gateway_bot_recommends_the_shards_and_the_start_limit() -> None:
    async with (
        FakeDiscord(shards=3, max_concurrency=2) as fake,
        running_bot(QuickShards, fake) as (bot, _),
    ):
        assert bot.shard_count == 3
        assert sorted(fake.shard_sessions()) == [0, 1, 2]
        limits = await bot.fetch_session_start_limits()
        assert limits.max_concurrency == 2
