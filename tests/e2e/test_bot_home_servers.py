"""Home servers: /kb exists only on the servers named in SENDBOT_HOME_GUILDS, and is refused
anywhere else on every path (command, autocomplete, button, form), changing nothing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sendbot.discord_app.errors import KB_NOT_HERE
from sendbot.discord_app.exts.kb_admin._access import NOT_HOME
from sendbot.discord_app.exts.kb_admin._cog import NO_HOME_GUILDS
from tests.e2e.conftest import StartCurated
from tests.e2e.kbkit import EPHEMERAL, Unchanged, audit_messages, button, kb, opened_modal
from tests.fakediscord import FakeDiscord, FakeGuild, FakeMember, add_guild, payloads
from tests.storage.storekit import history_rows

ALIAS = {"fact": "high-needs-budget", "question": "hn money"}


def elsewhere(fake: FakeDiscord) -> tuple[FakeGuild, FakeMember]:
    """Another server the bot is in, and its administrator."""
    other = add_guild(fake.world, "Elsewhere")
    return other, other.member_named("Elsewhere-admin")


async def refused_with(fake: FakeDiscord, interaction: dict[str, object]) -> str:
    callback = await fake.wait_for_callback(interaction)
    assert callback.json["data"]["flags"] == EPHEMERAL
    return str(callback.json["data"]["content"])


async def test_kb_is_registered_on_the_home_server_only(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    other, _ = elsewhere(fake_discord)
    _, fake = await start_curated(dev_guild=None)
    assert [c["name"] for c in fake.commands(fake.guild)] == ["kb"]
    assert "kb" not in {c["name"] for c in fake.commands()}  # not global
    assert {"ask", "settings"} <= {c["name"] for c in fake.commands()}
    assert fake.commands(other) == []


async def test_an_administrator_of_another_server_is_refused_and_nothing_changes(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path, tmp_path: Path
) -> None:
    other, admin = elsewhere(fake_discord)
    _, fake = await start_curated(dev_guild=None)
    unchanged = Unchanged(kb_dir, tmp_path / "data")
    channel = other.channel("general")
    # As Discord would send it there: the command does not exist on that server.
    sent = await fake.invoke_slash("kb alias", ALIAS, member=admin, channel=channel)
    assert await refused_with(fake, sent) == KB_NOT_HERE
    # The same in a direct message (a client that still lists it), where "server" was wrong.
    dm = fake.world.dm_channel(admin.user)
    sent = await fake.invoke_slash("kb alias", ALIAS, channel=dm)
    assert await refused_with(fake, sent) == KB_NOT_HERE
    # Forged with the home server's command: sendbot's own check refuses it.
    for sub, options in (
        ("alias", ALIAS),
        ("undo", {}),
        ("redo", {}),
        ("reload", {}),
        ("export", {}),
    ):
        forged = await fake.invoke_slash(
            f"kb {sub}", options, member=admin, channel=channel, command_guild_id=fake.guild.id
        )
        assert await refused_with(fake, forged) == NOT_HOME, sub
    typed = await fake.invoke_autocomplete(
        "kb alias",
        {"fact": "high", "question": ""},
        focused="fact",
        member=admin,
        channel=channel,
        command_guild_id=fake.guild.id,
    )
    assert (await fake.wait_for_callback(typed)).json["data"]["choices"] == []
    unchanged.check()
    assert audit_messages(fake) == []


async def test_a_form_or_button_sent_from_another_server_is_refused(
    start_curated: StartCurated, fake_discord: FakeDiscord, kb_dir: Path, tmp_path: Path
) -> None:
    other, _ = elsewhere(fake_discord)
    # The home server's moderator is also an administrator over there.
    there = other.add_member(fake_discord.moderator.user, [other.role("Admin")])
    _, fake = await start_curated(dev_guild=None)
    interaction, _ = await kb(fake, "remove", {"fact": "special-schools-opened"})
    confirm = fake.original_message(interaction)
    assert confirm is not None
    await kb(fake, "edit", {"fact": "special-schools-opened"})
    custom_id, _ = opened_modal(fake, "Edit a fact")
    unchanged = Unchanged(kb_dir, tmp_path / "data")

    channel = other.channel("general")
    pressed = payloads.component_interaction(
        fake.world,
        message=confirm,
        custom_id=button(confirm, "Remove"),
        channel=channel,
        invoker=there,
    )
    await fake.dispatch("INTERACTION_CREATE", pressed)
    assert await refused_with(fake, pressed) == NOT_HOME
    submitted = await fake.submit_modal(
        custom_id, {"statement": "Changed."}, member=there, channel=channel
    )
    assert await refused_with(fake, submitted) == NOT_HOME
    unchanged.check()


async def test_without_a_home_server_kb_is_off_and_the_log_says_why(
    start_curated: StartCurated, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sendbot"):
        _, fake = await start_curated(home_guilds=(), dev_guild=None)
    assert caplog.messages.count(NO_HOME_GUILDS) == 1
    assert "kb" not in {c["name"] for c in fake.commands()}
    assert fake.commands(fake.guild) == []


async def test_history_names_the_moderator_by_id_and_display_name(
    start_curated: StartCurated, tmp_path: Path
) -> None:
    _, fake = await start_curated()
    await kb(fake, "alias", ALIAS)
    (row,) = history_rows(tmp_path / "data")
    assert f"discord:{fake.moderator.id} (Moderator Mo)" in row


async def test_an_audit_channel_on_another_server_is_named_in_the_log_at_start(
    start_curated: StartCurated, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    # The id copied from the wrong server: nothing would ever be announced, without a word.
    other, _ = elsewhere(fake_discord)
    there = other.channel("general")
    with caplog.at_level(logging.WARNING, logger="sendbot"):
        _, fake = await start_curated(dev_guild=None, audit_channel=there.id)
        await kb(fake, "alias", ALIAS)
    warned = [m for m in caplog.messages if m.startswith("SENDBOT_AUDIT_CHANNEL")]
    assert warned == [
        f"SENDBOT_AUDIT_CHANNEL {there.id} is a channel of server {other.id}, which is not a "
        "home server (SENDBOT_HOME_GUILDS), so knowledge-base changes are never posted there: "
        "name a channel of a home server, or choose one there with /settings audit"
    ]
    assert audit_messages(fake, there) == []


async def test_a_home_server_sendbot_is_not_in_is_named_in_the_log_and_the_rest_work(
    start_curated: StartCurated, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    absent = 123456789012345678
    with caplog.at_level(logging.ERROR, logger="sendbot"):
        _, fake = await start_curated(dev_guild=None, home_guilds=(absent, fake_discord.guild.id))
    assert [m for m in caplog.messages if "slash commands" in m] == [
        f"could not register the slash commands in server {absent}: Discord says Missing "
        "Access: sendbot is not in that server, or was invited without the "
        "applications.commands scope; invite it there with the bot and applications.commands "
        "scopes, or take the id out of SENDBOT_HOME_GUILDS and SENDBOT_DEV_GUILD"
    ]
    _, saved = await kb(fake, "alias", ALIAS)
    assert saved["content"].startswith("Saved change #1")


async def test_help_names_kb_for_moderators_on_a_home_server_only(
    start_curated: StartCurated, fake_discord: FakeDiscord
) -> None:
    """Discord lists /kb only to members with Manage Server: a moderator role could not
    find it, and /help said nothing of it."""
    from sendbot.discord_app.render import KB_HELP_LINE

    other, admin = elsewhere(fake_discord)
    _, fake = await start_curated(dev_guild=None)
    elsewhere_channel = other.channel("general")

    async def help_text(**where: object) -> str:
        shown = await fake.wait_for_callback(await fake.invoke_slash("help", **where))
        return str(shown.json["data"]["embeds"][0]["description"])

    async def help_reply(**where: object) -> str:
        sent = await fake.invoke_slash("ask", {"question": "what can I ask?"}, **where)
        return str((await fake.wait_for_callback(sent)).json["data"]["content"])

    home = await help_text(member=fake.member)
    assert "**Moderators**\n• `/kb` keeps the knowledge base here: `/kb gaps`" in home
    assert KB_HELP_LINE in await help_reply(member=fake.member)
    assert "/kb" not in await help_text(member=admin, channel=elsewhere_channel)
    assert "/kb" not in await help_reply(member=admin, channel=elsewhere_channel)
