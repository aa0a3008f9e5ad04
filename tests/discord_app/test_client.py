"""SendBot's wiring: intents, mentions, the error tree, a failing miss recorder."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import discord
import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.discord_app.client import (
    SendBot,
    SendBotTree,
    describe_command,
    intents_for,
)
from sendbot.discord_app.log_format import start_bot_logging
from sendbot.settings import BUNDLED_KNOWLEDGE, Settings


def settings(tmp_path: Path, **changes: object) -> Settings:
    return Settings(kb_path=BUNDLED_KNOWLEDGE, data_dir=tmp_path, **changes)  # type: ignore[arg-type]


def test_intents_are_not_privileged_unless_channels_are_configured(tmp_path: Path) -> None:
    plain = intents_for(settings(tmp_path))
    assert not plain.message_content and not plain.members and not plain.presences
    assert plain.guild_messages and plain.dm_messages and plain.guild_reactions
    assert not plain.typing
    assert intents_for(settings(tmp_path, answer_channels=(1,))).message_content


def test_sendbot_never_pings_and_reports_errors(shipped_index: FactIndex, tmp_path: Path) -> None:
    bot = SendBot(settings(tmp_path), lambda: shipped_index)
    assert bot.allowed_mentions is not None
    assert bot.allowed_mentions.to_dict() == {"parse": []}
    assert isinstance(bot.tree, SendBotTree)
    assert bot.help_command is None
    assert bot.index() is shipped_index


def test_a_failing_miss_recorder_costs_nothing(
    shipped_index: FactIndex, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def record(self, question: str, reason: str, suggested: object) -> None:
            raise OSError("disk full")

    bot = SendBot(settings(tmp_path), lambda: shipped_index, misses=Broken())
    bot.record_miss("q", "abstained", ["a"])
    assert "the miss recorder failed" in caplog.text


def test_a_failing_answer_counter_costs_nothing(
    shipped_index: FactIndex, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def record_answer(self, fact_id: str) -> None:
            raise OSError("disk full")

        def record_abstain(self) -> None:
            raise OSError("disk full")

    bot = SendBot(settings(tmp_path), lambda: shipped_index, answers=Broken())
    bot.count_answer("a")
    bot.count_answer(None)
    assert caplog.text.count("the answer counter failed") == 2


async def test_without_an_audit_channel_nothing_is_posted(
    shipped_index: FactIndex, tmp_path: Path
) -> None:
    bot = SendBot(settings(tmp_path), lambda: shipped_index)
    await bot.audit("hello")  # no channel configured, no connection needed


def test_describe_command() -> None:
    data = {
        "id": "1",
        "application_id": "2",
        "name": "ask",
        "description": "d",
        "type": 1,
        "version": "1",
        "options": [
            {"type": 3, "name": "question", "description": "q", "required": True},
            {"type": 5, "name": "private", "description": "p"},
        ],
    }
    state = discord.Client(intents=discord.Intents.none())._connection
    command = discord.app_commands.AppCommand(data=data, state=state)  # type: ignore[arg-type]
    assert describe_command(command) == "/ask question [private]"


def test_describe_a_command_group_one_line_per_subcommand() -> None:
    data = {
        "id": "1",
        "application_id": "2",
        "name": "kb",
        "description": "d",
        "type": 1,
        "version": "1",
        "options": [
            {
                "type": 1,
                "name": "alias",
                "description": "a",
                "options": [
                    {"type": 3, "name": "fact", "description": "f", "required": True},
                    {"type": 3, "name": "question", "description": "q", "required": True},
                ],
            },
            {
                "type": 1,
                "name": "gaps",
                "description": "g",
                "options": [{"type": 4, "name": "page", "description": "p"}],
            },
            {"type": 1, "name": "undo", "description": "u"},
        ],
    }
    state = discord.Client(intents=discord.Intents.none())._connection
    command = discord.app_commands.AppCommand(data=data, state=state)  # type: ignore[arg-type]
    assert describe_command(command).splitlines() == [
        "/kb alias fact question",
        "/kb gaps [page]",
        "/kb undo",
    ]


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("tty", "no_color", "coloured"),
    [(False, "", False), (True, "1", False), (True, "", True)],
)
def test_bot_logs_are_coloured_only_on_a_terminal_without_no_color(
    monkeypatch: pytest.MonkeyPatch, tty: bool, no_color: str, coloured: bool
) -> None:
    # discord.py colours any stream inside a Docker container (as `docker compose up` runs
    # sendbot), so its escape codes reached `docker compose logs > file`; NO_COLOR was ignored.
    monkeypatch.setattr(discord.utils, "is_docker", lambda: True)
    monkeypatch.setenv("NO_COLOR", no_color)
    stream = Stream(tty)
    root = logging.getLogger()
    kept = (root.level, list(root.handlers))
    for handler in kept[1]:  # pytest's capture: with it there, sendbot adds no handler
        root.removeHandler(handler)
    try:
        start_bot_logging(logging.INFO, stream)  # as `sendbot run` starts it
        logging.getLogger("discord.client").info("logging in using static token")
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        root.setLevel(kept[0])
        for handler in kept[1]:
            root.addHandler(handler)
    logged = stream.getvalue()
    assert "discord.client" in logged and "logging in using static token" in logged
    assert ("\x1b[" in logged) is coloured
