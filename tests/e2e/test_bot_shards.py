"""Sharding: one process runs as many shards as Discord says (GET /gateway/bot), each
identifies with [id, count] and gets its own servers; commands, mentions and /kb work on
every shard."""

from __future__ import annotations

from pathlib import Path

from sendbot.discord_app.client import SendBot
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import final, kb
from tests.fakediscord import FakeDiscord, FakeGuild, add_guild
from tests.fakediscord.gateway import shard_of
from tests.fakediscord.models import snowflake

SCHOOLS = "how many special schools opened?"
SHARDS = 2


def guild_on_shard(fake: FakeDiscord, shard: int, name: str) -> FakeGuild:
    guild_id = snowflake()
    while shard_of(guild_id, SHARDS) != shard:
        guild_id = snowflake()
    return add_guild(fake.world, name, guild_id=guild_id)


def by_shard(fake: FakeDiscord) -> dict[int, FakeGuild]:
    """One server on each shard: the default one, and another on the other shard."""
    first = shard_of(fake.guild.id, SHARDS)
    other = guild_on_shard(fake, 1 - first, "Second")
    return {first: fake.guild, 1 - first: other}


async def test_each_shard_serves_its_own_servers(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path
) -> None:
    fake_discord.shards = SHARDS
    guilds = by_shard(fake_discord)
    homes = tuple(guild.id for guild in guilds.values())
    bot, fake = await start_curated(dev_guild=None, home_guilds=homes)
    assert isinstance(bot, SendBot)
    assert bot.shard_count == SHARDS
    sessions = fake.shard_sessions()
    assert sorted(sessions) == [0, 1]
    assert [s.identify["shard"] for _, s in sorted(sessions.items()) if s.identify] == [
        [0, SHARDS],
        [1, SHARDS],
    ]
    for shard, guild in guilds.items():
        ready = next(data for event, data in sessions[shard].events if event == "READY")
        assert [g["id"] for g in ready["guilds"]] == [str(guild.id)]
        assert bot.get_guild(guild.id) is not None
        assert bot.get_guild(guild.id).shard_id == shard  # type: ignore[union-attr]
    # /kb was registered on both home servers, whichever shard they are on.
    for guild in guilds.values():
        assert [c["name"] for c in fake.commands(guild)] == ["kb"]

    for shard, guild in guilds.items():
        member = guild.members[0]
        channel = guild.channel("general")
        asked = await fake.invoke_slash(
            "ask", {"question": SCHOOLS}, member=member, channel=channel
        )
        answer = await final(fake, asked)
        assert answer["embeds"][0]["title"].startswith("New special schools"), shard
        posted = await fake.post_message(
            f"{fake.bot_user.mention} {SCHOOLS}", author=member, channel=channel
        )
        reply = await fake.wait_for_request("POST", rf"/channels/{channel.id}/messages")
        assert reply.json["message_reference"]["message_id"] == int(posted["id"])
        admin = guild.member_named("mod") if guild is fake.guild else guild.members[1]
        _, reloaded = await kb(fake, "reload", member=admin, channel=channel)
        assert reloaded["content"].startswith("The knowledge files have not changed"), shard
        # Each event went over its own server's shard only.
        delivered = [
            data["id"] for event, data in sessions[shard].events if event == "INTERACTION_CREATE"
        ]
        assert asked["id"] in delivered
        other = sessions[1 - shard].events
        assert all(data.get("id") != asked["id"] for _, data in other)


async def test_a_direct_message_arrives_on_shard_zero(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    fake_discord.shards = SHARDS
    by_shard(fake_discord)
    _, fake = await start_curated(dev_guild=None)
    dm = fake.world.dm_channel(fake.member.user)
    posted = await fake.post_message(SCHOOLS, channel=dm)
    reply = await fake.wait_for_request("POST", rf"/channels/{dm.id}/messages")
    assert reply.json["message_reference"]["message_id"] == int(posted["id"])
    sessions = fake.shard_sessions()
    assert any(data.get("id") == posted["id"] for _, data in sessions[0].events)
    assert all(data.get("id") != posted["id"] for _, data in sessions[1].events)


async def test_a_process_can_run_a_range_of_the_shards(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    fake_discord.shards = SHARDS
    guilds = by_shard(fake_discord)
    bot, fake = await start_curated(dev_guild=None, shard_count=SHARDS, shard_ids=(1,))
    sessions = fake.shard_sessions()
    assert sorted(sessions) == [1]
    assert sessions[1].identify is not None and sessions[1].identify["shard"] == [1, SHARDS]
    assert [g.id for g in bot.guilds] == [guilds[1].id]
    channel = guilds[1].channel("general")
    asked = await fake.invoke_slash(
        "ask", {"question": SCHOOLS}, member=guilds[1].members[0], channel=channel
    )
    assert (await final(fake, asked))["embeds"][0]["title"].startswith("New special schools")
