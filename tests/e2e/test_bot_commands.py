"""The command set sendbot registers, and when it registers it."""

from __future__ import annotations

from pathlib import Path

from sendbot.answering.intent import intent_pattern
from sendbot.discord_app.command_sync import STATE_FILE
from tests.conftest import REPO
from tests.e2e.conftest import StartSendBot
from tests.fakediscord import FakeDiscord

STRING, BOOLEAN = 3, 5


def options(command: dict[str, object]) -> list[tuple[object, ...]]:
    return [
        (o["name"], o["type"], o.get("required", False), o.get("autocomplete", False))
        for o in command["options"]  # type: ignore[attr-defined]
    ]


async def test_command_set_names_options_and_descriptions(start_sendbot: StartSendBot) -> None:
    _, fake = await start_sendbot()
    registered = {(c["type"], c["name"]): c for c in fake.commands(fake.guild)}
    assert sorted(registered) == [
        (1, "ask"),
        (1, "fact"),
        (1, "facts"),
        (1, "help"),
        (1, "settings"),
        (1, "source"),
        (1, "trend"),
        (3, "Ask sendbot"),
    ]
    ask = registered[(1, "ask")]
    assert ask["description"] == (
        "Ask about official SEND statements: the fact, the exact quote, who said it and when."
    )
    assert options(ask) == [("question", STRING, True, True), ("private", BOOLEAN, False, False)]
    question = ask["options"][0]
    assert (question["min_length"], question["max_length"]) == (1, 4000)
    assert question["description"] == "Your question, e.g. how many special schools opened?"
    assert options(registered[(1, "fact")]) == [
        ("id", STRING, True, True),
        ("private", BOOLEAN, False, False),
    ]
    assert options(registered[(1, "facts")]) == [("tag", STRING, False, True)]
    assert options(registered[(1, "source")]) == [("source", STRING, False, True)]
    assert options(registered[(1, "trend")]) == [
        ("measure", STRING, True, True),
        ("private", BOOLEAN, False, False),
    ]
    assert registered[(1, "help")]["description"] == "How to ask sendbot, and what it can tell you."
    assert registered[(3, "Ask sendbot")]["description"] == ""
    assert fake.commands() == []  # the dev guild only: nothing global


async def test_commands_sync_once_then_only_when_changed(
    fake_discord: FakeDiscord, start_sendbot: StartSendBot, tmp_path: Path
) -> None:
    bot, fake = await start_sendbot()
    path = rf"/applications/{fake.application_id}/guilds/{fake.guild.id}/commands"
    await fake.wait_for_request("PUT", path)
    assert (tmp_path / "data" / STATE_FILE).exists()
    assert not list(REPO.glob(f"**/{STATE_FILE}"))  # never in the source tree
    await bot.close()

    await start_sendbot()  # same data directory, same commands
    # The bot decides in setup_hook, which ends before it is ready: no window to wait out.
    await fake.expect_no_request("PUT", path, within=0)
    assert len(fake.find_requests("PUT", path)) == 1


async def test_the_intent_rules_are_compiled_before_the_first_question(
    fake_discord: FakeDiscord, start_sendbot: StartSendBot
) -> None:
    intent_pattern.cache_clear()
    bot, _ = await start_sendbot()
    # compiled while starting, so the first member to ask does not pay for it
    assert intent_pattern.cache_info().currsize == 1
    await bot.close()
