"""Who may change the knowledge base: Manage Server, Administrator or a moderator role."""

from __future__ import annotations

import discord
import pytest

from sendbot.discord_app.exts.kb_admin._moderation import (
    ADMINISTRATOR,
    MANAGE_GUILD,
    discord_actor,
    is_home,
    is_moderator,
)

MOD_ROLE, OTHER_ROLE = 111, 222


def test_the_bits_are_discords() -> None:
    assert discord.Permissions(manage_guild=True).value == MANAGE_GUILD
    assert discord.Permissions(administrator=True).value == ADMINISTRATOR


@pytest.mark.parametrize(
    ("permissions", "roles", "mod_roles", "allowed"),
    [
        (MANAGE_GUILD, [], (), True),
        (ADMINISTRATOR, [], (), True),
        (MANAGE_GUILD | discord.Permissions(send_messages=True).value, [OTHER_ROLE], (), True),
        (0, [MOD_ROLE], (MOD_ROLE,), True),
        (0, [OTHER_ROLE, MOD_ROLE], (OTHER_ROLE + 1, MOD_ROLE), True),
        (0, [], (MOD_ROLE,), False),
        (0, [OTHER_ROLE], (MOD_ROLE,), False),
        (discord.Permissions(manage_messages=True, kick_members=True).value, [], (), False),
        (0, [MOD_ROLE], (), False),  # no moderator roles configured: Manage Server only
    ],
)
def test_is_moderator(
    permissions: int, roles: list[int], mod_roles: tuple[int, ...], allowed: bool
) -> None:
    assert is_moderator(permissions, roles, mod_roles) is allowed


def test_discord_actor_is_the_id_with_the_display_name_on_one_line() -> None:
    assert discord_actor(42, "Moderator Mo") == "discord:42 (Moderator Mo)"
    assert discord_actor(42, " two\nlines ") == "discord:42 (two lines)"
    assert discord_actor(42, "") == "discord:42 (unknown)"
    assert discord_actor(42, "a (b)") == "discord:42 (a [b])"  # the id's bracket stays last


def test_home_servers() -> None:
    assert is_home(5, (5, 6))
    assert not is_home(7, (5, 6))
    assert not is_home(None, (5, 6))
    assert not is_home(5, ())
