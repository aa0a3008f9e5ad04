"""Smoke tests: the unmodified discord.py client works end to end against FakeDiscord."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from tests.fakediscord import FakeDiscord, running_bot

BUTTON_ID = "smoke:again"


class PingView(discord.ui.View):
    def __init__(self, bot: SmokeBot) -> None:
        super().__init__(timeout=30)
        self.bot = bot

    @discord.ui.button(label="Again", custom_id=BUTTON_ID, style=discord.ButtonStyle.primary)
    async def again(
        self, interaction: discord.Interaction, button: discord.ui.Button[PingView]
    ) -> None:
        self.bot.clicks.append(interaction.user.id)
        await interaction.response.send_message("clicked", ephemeral=True)


class SmokeBot(commands.Bot):
    """One slash command (/ping text) and an on_message that answers mentions."""

    def __init__(self, guild_id: int, intents: discord.Intents | None = None) -> None:
        super().__init__(
            command_prefix="!",
            intents=intents or discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.guild_id = guild_id
        self.inbox: asyncio.Queue[discord.Message] = asyncio.Queue()
        self.clicks: list[int] = []
        self.ping_permissions: list[discord.Permissions] = []

        @self.tree.command(name="ping", description="Replies with pong")
        @app_commands.describe(text="What to echo back")
        async def ping(interaction: discord.Interaction, text: str) -> None:
            self.ping_permissions.append(interaction.permissions)
            embed = discord.Embed(title="Pong", description=text, colour=0x5865F2)
            await interaction.response.send_message(
                f"pong: {text}", embed=embed, view=PingView(self)
            )

    async def setup_hook(self) -> None:
        self.tree.copy_global_to(guild=discord.Object(self.guild_id))

    async def on_message(self, message: discord.Message) -> None:
        await self.inbox.put(message)
        if message.author == self.user:
            return  # the reply quotes the mention, so without this the bot would answer itself
        if self.user is not None and self.user.id in message.raw_mentions:
            await message.reply(f"hello {message.author.display_name}, you said: {message.content}")


async def next_message(bot: SmokeBot) -> discord.Message:
    return await asyncio.wait_for(bot.inbox.get(), 2)


async def test_bot_connects_and_identifies(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        assert bot.is_ready()
        assert bot.user is not None and bot.user.id == fake.bot_user.id
        assert bot.application_id == fake.application_id
        assert fake.identify is not None and fake.identify["token"] == "fake-token"
        assert fake.intents == discord.Intents.default().value
        assert not fake.intents & (1 << 15)

        guild = bot.get_guild(fake.guild.id)
        assert guild is not None and guild.name == "Test Guild"
        assert guild.default_role.id == guild.id
        assert guild.me.id == fake.bot_user.id
        assert {c.name for c in guild.text_channels} == {"general", "mod-log"}
        assert [r.name for r in guild.roles] == ["@everyone", "Moderator", "SendBot"]
        # Without the members intent, discord.py caches only the bot itself.
        assert [m.id for m in guild.members] == [fake.bot_user.id]
        assert fake.find_requests("GET", "/users/@me")
        assert fake.find_requests("GET", "/oauth2/applications/@me")


async def test_tree_sync_registers_the_command_set(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        synced = await bot.tree.sync(guild=discord.Object(fake.guild.id))

        request = await fake.wait_for_request(
            "PUT", rf"/applications/{fake.application_id}/guilds/{fake.guild.id}/commands"
        )
        assert [c["name"] for c in request.json] == ["ping"]
        registered = fake.commands(fake.guild)
        assert [(c["name"], c["description"]) for c in registered] == [
            ("ping", "Replies with pong")
        ]
        assert [(o["name"], o["type"], o["required"]) for o in registered[0]["options"]] == [
            ("text", 3, True)
        ]
        assert fake.commands() == []  # nothing global
        # discord.py parsed the fake's answer into AppCommands with the fake's ids.
        assert [(c.name, c.id, c.guild_id) for c in synced] == [
            ("ping", int(registered[0]["id"]), fake.guild.id)
        ]


async def test_slash_command_response_payload(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        await bot.tree.sync(guild=discord.Object(fake.guild.id))
        interaction = await fake.invoke_slash("ping", {"text": "hi <@1>"})
        callback = await fake.wait_for_callback(interaction)

        assert callback.query == {"with_response": "1"}
        assert callback.status == 200
        assert callback.json["type"] == 4
        data = callback.json["data"]
        assert data["content"] == "pong: hi <@1>"
        assert data["embeds"] == [
            {
                "type": "rich",
                "title": "Pong",
                "description": "hi <@1>",
                "color": 0x5865F2,
                "flags": 0,
            }
        ]
        assert data["components"] == [
            {
                "type": 1,
                "components": [
                    {
                        "type": 2,
                        "style": 1,
                        "label": "Again",
                        "custom_id": BUTTON_ID,
                        "disabled": False,
                    }
                ],
            }
        ]
        assert data["allowed_mentions"] == {"parse": []}
        assert data.get("flags", 0) & 64 == 0
        # The fake answered with the created message, which discord.py tracks the view by.
        original = fake.original_message(interaction)
        assert original is not None
        assert callback.response["interaction"]["response_message_id"] == original["id"]
        assert original["content"] == "pong: hi <@1>" and original["mentions"] == []


async def test_button_press_reaches_the_view(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        interaction = await fake.invoke_slash("ping", {"text": "x"})
        await fake.wait_for_callback(interaction)
        original = fake.original_message(interaction)
        assert original is not None

        click = await fake.click(original, BUTTON_ID, member=fake.moderator)
        callback = await fake.wait_for_callback(click)

        assert bot.clicks == [fake.moderator.id]
        assert callback.json == {
            "type": 4,
            "data": {
                "content": "clicked",
                "tts": False,
                "flags": 64,
                "allowed_mentions": {"parse": []},
            },
        }


async def test_mention_gets_a_reply_and_the_echo_no_second_one(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        posted = await fake.post_message(f"{fake.bot_user.mention} are you there?")
        seen = await next_message(bot)
        assert seen.id == int(posted["id"]) and seen.content == posted["content"]

        request = await fake.wait_for_request("POST", rf"/channels/{fake.channel.id}/messages")
        assert request.json["content"] == f"hello Alice, you said: {posted['content']}"
        assert request.json["message_reference"] == {
            "message_id": int(posted["id"]),
            "channel_id": fake.channel.id,
            "guild_id": fake.guild.id,
        }
        assert request.json["allowed_mentions"] == {"parse": []}

        # The reply comes back over the gateway like any message; the bot must ignore it.
        echo = await next_message(bot)
        assert echo.author.id == fake.bot_user.id
        assert echo.content == request.json["content"]
        assert echo.raw_mentions == [fake.bot_user.id] and echo.mentions == []
        assert echo.reference is not None and echo.reference.message_id == int(posted["id"])
        await fake.expect_no_request("POST", r"/channels/\d+/messages", within=0.1)


async def test_without_message_content_intent_content_is_blank(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        posted = await fake.post_message("just chatting", embeds=[{"title": "an embed"}])
        plain = await next_message(bot)
        assert plain.id == int(posted["id"])
        assert plain.content == "" and plain.embeds == []

        await fake.post_message(f"{fake.bot_user.mention} psst")
        mentioned = await next_message(bot)
        assert mentioned.content == f"{fake.bot_user.mention} psst"
        await fake.wait_for_request("POST", rf"/channels/{fake.channel.id}/messages")


async def test_with_message_content_intent_content_arrives(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    intents = discord.Intents.default()
    intents.message_content = True
    async with running_bot(lambda: SmokeBot(fake.guild.id, intents), fake) as (bot, _):
        assert fake.intents is not None and fake.intents & (1 << 15)
        await fake.post_message("just chatting")
        assert (await next_message(bot)).content == "just chatting"


async def test_interaction_permissions_follow_the_member(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    async with running_bot(lambda: SmokeBot(fake.guild.id), fake) as (bot, _):
        for member in (fake.moderator, fake.member):
            interaction = await fake.invoke_slash("ping", {"text": "p"}, member=member)
            await fake.wait_for_callback(interaction)
        moderator, alice = bot.ping_permissions
        assert moderator.manage_guild and moderator.send_messages
        assert not alice.manage_guild and alice.send_messages
