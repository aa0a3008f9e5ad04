"""/settings: each server's admins choose where and how sendbot answers there; the values
are kept in the state database, survive a restart, and bad ones are refused in one line."""

from __future__ import annotations

import asyncio
from typing import Any

from sendbot.discord_app.errors import BAD_OPTION
from sendbot.discord_app.exts.kb_admin._access import NOT_MODERATOR
from sendbot.discord_app.exts.server_admin._cog import (
    BAD_ROLE,
    HOME_ONLY_TEXT,
    NO_INTENT,
    NOT_ADMIN,
)
from tests.e2e.conftest import StartCurated, StartSendBot
from tests.e2e.kbkit import EPHEMERAL, JSON, audit, final, kb
from tests.fakediscord import (
    FakeDiscord,
    FakeGuild,
    FakeMember,
    FakeUser,
    Overwrite,
    Permission,
    add_guild,
)
from tests.fakediscord.models import snowflake

SCHOOLS = "how many special schools opened?"
MESSAGES = r"/channels/\d+/messages"


async def settings(
    fake: FakeDiscord, sub: str, options: dict[str, Any] | None = None, *, member: FakeMember
) -> str:
    """Run `/settings <sub>` as `member` in their server's #general: the one private reply."""
    guild = next(g for g in fake.world.guilds if g.get_member(member.id) is member)
    interaction = await fake.invoke_slash(
        f"settings {sub}", options or {}, member=member, channel=guild.channel("general")
    )
    reply = await final(fake, interaction)
    assert reply["flags"] == EPHEMERAL
    return str(reply["content"])


def elsewhere(fake: FakeDiscord) -> tuple[FakeGuild, FakeMember]:
    other = add_guild(fake.world, "Elsewhere")
    return other, other.member_named("Elsewhere-admin")


async def replied(fake: FakeDiscord, posted: JSON) -> None:
    request = await fake.wait_for_request("POST", rf"/channels/{posted['channel_id']}/messages")
    assert request.json["message_reference"]["message_id"] == int(posted["id"])


async def test_only_server_admins_may_change_settings(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    assert await settings(fake, "mentions", {"on": False}, member=fake.member) == NOT_ADMIN
    # Nothing was stored: mentions are still answered.
    await replied(fake, await fake.post_message(f"{fake.bot_user.mention} {SCHOOLS}"))


async def test_each_server_chooses_its_own_answer_channels(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    other, admin = elsewhere(fake_discord)
    _, fake = await start_sendbot(dev_guild=None, read_messages=True)
    there = other.channel("general")
    said = await settings(fake, "channels add", {"channel": there}, member=admin)
    assert said == f"Saved. I answer questions on my own in: <#{there.id}>."
    await replied(fake, await fake.post_message(SCHOOLS, author=admin, channel=there))
    # The home server chose nothing: its #general is not read.
    await fake.post_message(SCHOOLS)
    await fake.expect_no_request("POST", MESSAGES, within=0.15)

    again = await settings(fake, "channels add", {"channel": there}, member=admin)
    assert again == "That channel is already in the list."
    assert "<#" + str(there.id) + ">" in await settings(fake, "show", member=admin)
    removed = await settings(fake, "channels remove", {"channel": there}, member=admin)
    assert removed == "Saved. I answer questions on my own in: nowhere."


async def test_sendbot_channels_are_the_default_of_their_own_server_only(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    # SENDBOT_CHANNELS names the home server's #general: another server showed it (Discord
    # draws another server's channel as "#unknown"), and adding a channel there saved it too.
    other, admin = elsewhere(fake_discord)
    home_channel = fake_discord.channel
    _, fake = await start_sendbot(dev_guild=None, answer_channels=(home_channel.id,))
    there = other.channel("general")
    shown = await settings(fake, "show", member=admin)
    assert "Answers questions on its own in: nowhere (default)" in shown
    help_reply = await final(fake, await fake.invoke_slash("help", member=admin, channel=there))
    assert f"<#{home_channel.id}>" not in help_reply["embeds"][0]["description"]
    said = await settings(fake, "channels add", {"channel": there}, member=admin)
    assert said == f"Saved. I answer questions on my own in: <#{there.id}>."
    # The home server keeps it.
    home_shown = await settings(fake, "show", member=fake.owner)
    assert f"Answers questions on its own in: <#{home_channel.id}> (default)" in home_shown
    await replied(fake, await fake.post_message(SCHOOLS))


async def test_a_forum_can_be_an_answer_channel(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    # Many servers take questions in a forum: one post (a thread) per question.
    forum = fake_discord.guild.add_forum("ask-about-send")
    post = fake_discord.guild.add_thread(forum, "New special schools?")
    _, fake = await start_sendbot(read_messages=True)
    (group,) = [c for c in fake.commands(fake.guild) if c["name"] == "settings"]
    (channels,) = [o for o in group["options"] if o["name"] == "channels"]
    for sub in channels["options"]:
        offered = set(sub["options"][0]["channel_types"])
        assert {0, 15} <= offered, sub["name"]  # text channels and forums

    said = await settings(fake, "channels add", {"channel": forum}, member=fake.owner)
    assert said == f"Saved. I answer questions on my own in: <#{forum.id}>."
    await replied(fake, await fake.post_message(SCHOOLS, channel=post))
    removed = await settings(fake, "channels remove", {"channel": forum}, member=fake.owner)
    assert removed == "Saved. I answer questions on my own in: nowhere."


async def test_help_says_what_this_server_chose(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot(read_messages=True)

    async def help_text() -> str:
        reply = await final(fake, await fake.invoke_slash("help", member=fake.member))
        return str(reply["embeds"][0]["description"])

    assert "Mention me with your question" in await help_text()
    await settings(fake, "mentions", {"on": False}, member=fake.owner)
    await settings(fake, "channels add", {"channel": fake.channel}, member=fake.owner)
    text = await help_text()
    assert "Mention me" not in text
    assert "Mentions of me are switched off on this server: use `/ask`" in text
    assert f"In <#{fake.channel.id}> I also answer questions on my own" in text


async def test_channels_need_the_message_content_intent(
    start_sendbot: StartSendBot,
) -> None:
    _, fake = await start_sendbot()
    said = await settings(fake, "channels add", {"channel": fake.channel}, member=fake.owner)
    assert said == NO_INTENT


async def test_mentions_off_on_one_server_leaves_the_other_alone(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    other, admin = elsewhere(fake_discord)
    _, fake = await start_sendbot(dev_guild=None)
    said = await settings(fake, "mentions", {"on": False}, member=admin)
    assert said == "Saved. Answering mentions on this server: off."
    await fake.post_message(
        f"{fake.bot_user.mention} {SCHOOLS}", author=admin, channel=other.channel("general")
    )
    await fake.expect_no_request("POST", MESSAGES, within=0.15)
    await replied(fake, await fake.post_message(f"{fake.bot_user.mention} {SCHOOLS}"))


async def test_home_only_settings_are_refused_elsewhere(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    other, admin = elsewhere(fake_discord)
    _, fake = await start_sendbot(dev_guild=None, home_guilds=(fake_discord.guild.id,))
    role = other.role("Admin")
    for sub, options in (
        ("audit", {"channel": other.channel("general")}),
        ("mod-roles add", {"role": role}),
        ("dms", {"on": False}),
        ("reset", {"setting": "audit"}),
    ):
        assert await settings(fake, sub, options, member=admin) == HOME_ONLY_TEXT, sub
    shown = await settings(fake, "show", member=admin)
    assert "This is not a home server" in shown


async def test_settings_survive_a_restart_and_reset_goes_back_to_the_default(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    home = (fake_discord.guild.id,)
    bot, fake = await start_sendbot(home_guilds=home)
    assert await settings(fake, "dms", {"on": False}, member=fake.owner) == (
        "Saved. Answering direct messages: off."
    )
    await bot.close()

    _, fake = await start_sendbot(home_guilds=home)
    shown = await settings(fake, "show", member=fake.owner)
    assert "Answers direct messages (every server): off (set with /settings)" in shown
    dm = fake.world.dm_channel(fake.member.user)
    await fake.post_message(SCHOOLS, channel=dm)
    await fake.expect_no_request("POST", MESSAGES, within=0.15)

    assert await settings(fake, "reset", {"setting": "dms"}, member=fake.owner) == (
        "Saved. dms is back to its default."
    )
    assert "Answers direct messages (every server): on (default)" in await settings(
        fake, "show", member=fake.owner
    )
    await replied(fake, await fake.post_message(SCHOOLS, channel=dm))


async def test_moderator_roles_and_audit_channel_on_a_home_server(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    role = fake_discord.guild.add_role("Curator", 0)
    cora = fake_discord.guild.add_member(FakeUser(snowflake(), "cora", "Cora Curator"), [role])
    log_channel = fake_discord.guild.add_text_channel("kb-changes")
    _, fake = await start_curated(audit_channel=None)
    alias = {"fact": "high-needs-budget", "question": "hn money"}
    _, refused = await kb(fake, "alias", alias, member=cora)
    assert refused["content"] == NOT_MODERATOR

    everyone = fake.guild.everyone
    assert await settings(fake, "mod-roles add", {"role": everyone}, member=fake.owner) == BAD_ROLE
    said = await settings(fake, "mod-roles add", {"role": role}, member=fake.owner)
    assert said == f"Saved. Moderator roles: <@&{role.id}>."
    said = await settings(fake, "audit", {"channel": log_channel}, member=fake.owner)
    assert said == f"Saved. Knowledge-base changes are announced in <#{log_channel.id}>."

    _, saved = await kb(fake, "alias", alias, member=cora)
    assert saved["content"].startswith("Saved change #1")
    note = await audit(fake, 1, channel=log_channel)
    assert note["embeds"][0]["description"].startswith(f"**Cora Curator** (`{cora.id}`)")
    shown = await settings(fake, "show", member=fake.owner)
    assert f"Audit channel: <#{log_channel.id}> (set with /settings)" in shown
    assert f"Moderator roles: <@&{role.id}> (set with /settings)" in shown


async def test_a_channel_or_role_of_another_server_is_refused(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    other, _ = elsewhere(fake_discord)
    home = (fake_discord.guild.id,)
    _, fake = await start_sendbot(dev_guild=None, home_guilds=home, read_messages=True)
    # Discord offers only this server's channels and roles; a forged id is refused in one
    # line (discord.py cannot even resolve such a channel here).
    there = other.channel("general")
    said = await settings(fake, "channels add", {"channel": there}, member=fake.owner)
    assert said in (BAD_OPTION, "That channel is not on this server.")
    said = await settings(fake, "mod-roles add", {"role": other.role("Admin")}, member=fake.owner)
    assert said == "That role is not on this server."
    assert "Answers questions on its own in: nowhere (default)" in await settings(
        fake, "show", member=fake.owner
    )


async def test_a_channel_where_sendbot_may_not_post_is_saved_with_what_to_fix(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    """Saved as asked, but an answer channel or audit channel sendbot cannot post in would
    stay silent, and the admin would not know why: the reply says which permissions to give."""
    bot = fake_discord.bot_user.id
    muted = fake_discord.guild.add_text_channel(
        "muted", [Overwrite(bot, 1, deny=Permission.SEND_MESSAGES | Permission.EMBED_LINKS)]
    )
    open_channel = fake_discord.guild.add_text_channel("questions")
    _, fake = await start_curated(read_messages=True)
    said = await settings(fake, "audit", {"channel": muted}, member=fake.owner)
    assert said == (
        f"Saved. Knowledge-base changes are announced in <#{muted.id}>.\n"
        f"But I can't post in <#{muted.id}> yet: give me Send Messages, Embed Links there "
        "(the channel's Edit Channel → Permissions)."
    )
    said = await settings(fake, "channels add", {"channel": open_channel}, member=fake.owner)
    assert said == f"Saved. I answer questions on my own in: <#{open_channel.id}>."
    said = await settings(fake, "channels add", {"channel": muted}, member=fake.owner)
    assert said.splitlines()[1:] == [
        f"But I can't post in <#{muted.id}> yet: give me Send Messages, Embed Links there "
        "(the channel's Edit Channel → Permissions)."
    ]
    assert await settings(fake, "show", member=fake.member) == NOT_ADMIN
    assert "see or change" in NOT_ADMIN


async def test_admins_adding_answer_channels_at_once_all_keep_theirs(
    start_sendbot: StartSendBot, fake_discord: FakeDiscord
) -> None:
    # Each read the list, then stored it with its own channel added: every one was told
    # "Saved", and only the last one's channel was kept.
    channels = [fake_discord.guild.add_text_channel(f"ask-{n}") for n in range(4)]
    _, fake = await start_sendbot(read_messages=True)
    admins = [fake.owner, fake.moderator] * 2
    said = await asyncio.gather(
        *(
            settings(fake, "channels add", {"channel": channel}, member=admin)
            for channel, admin in zip(channels, admins, strict=True)
        )
    )
    assert all(line.startswith("Saved. I answer questions on my own in: <#") for line in said), said
    shown = await settings(fake, "show", member=fake.owner)
    assert all(f"<#{channel.id}>" in shown for channel in channels), shown
    for channel in channels:
        await replied(fake, await fake.post_message(SCHOOLS, channel=channel))
