"""The command fingerprint: what decides whether sendbot registers its commands at start."""

import json
from pathlib import Path

import discord
from discord import app_commands

from sendbot.discord_app.command_sync import (
    STATE_FILE,
    command_payloads,
    fingerprint,
    read_state,
    scope_name,
    write_state,
)


def tree_with(*names: str) -> app_commands.CommandTree[discord.Client]:
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )
    for name in names:

        async def callback(interaction: discord.Interaction) -> None:
            return None

        tree.add_command(app_commands.Command(name=name, description="d", callback=callback))
    return tree


def test_fingerprint_changes_with_the_commands_and_the_scope() -> None:
    one = command_payloads(tree_with("ask"), None)
    two = command_payloads(tree_with("ask", "help"), None)
    assert [p["name"] for p in two] == ["ask", "help"]
    assert fingerprint(one, "global") != fingerprint(two, "global")
    assert fingerprint(one, "global") != fingerprint(one, scope_name(5))
    assert fingerprint(one, "global") == fingerprint(
        command_payloads(tree_with("ask"), None), "global"
    )


def test_order_of_definition_does_not_matter() -> None:
    first = command_payloads(tree_with("help", "ask"), None)
    second = command_payloads(tree_with("ask", "help"), None)
    assert fingerprint(first, "global") == fingerprint(second, "global")


def test_state_is_written_atomically_into_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    write_state(data, {"global": "abc"})
    assert read_state(data) == {"global": "abc"}
    assert [p.name for p in data.iterdir()] == [STATE_FILE]


def test_unreadable_state_means_sync_again(tmp_path: Path) -> None:
    assert read_state(tmp_path) == {}
    (tmp_path / STATE_FILE).write_text("not json", encoding="utf-8")
    assert read_state(tmp_path) == {}
    (tmp_path / STATE_FILE).write_text(json.dumps([1, 2]), encoding="utf-8")
    assert read_state(tmp_path) == {}
