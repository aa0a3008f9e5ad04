"""End-to-end tests run the real discord.py client against tests.fakediscord."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.answering.match import FactIndex
from bot.client import SendBot
from bot.settings import BUNDLED_KNOWLEDGE, Settings
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import BotRunner, fake_discord, run_bot

__all__ = ["ListMisses", "fake_discord", "run_bot"]


class ListMisses:
    """A miss recorder that keeps what it is told."""

    def __init__(self) -> None:
        self.records: list[tuple[str, str, tuple[str, ...]]] = []

    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        self.records.append((question, reason, tuple(suggested)))


@pytest.fixture
def misses() -> ListMisses:
    return ListMisses()


@pytest.fixture
def make_settings(fake_discord: FakeDiscord, tmp_path: Path) -> Callable[..., Settings]:
    """Settings for the fake's world: commands go to its guild, data into tmp_path."""

    def make(**changes: Any) -> Settings:
        values: dict[str, Any] = {
            "kb_path": BUNDLED_KNOWLEDGE,
            "data_dir": tmp_path / "data",
            "dev_guild": fake_discord.guild.id,
        }
        values.update(changes)
        return Settings(**values)

    return make


StartSendBot = Callable[..., Awaitable[tuple[SendBot, FakeDiscord]]]


@pytest.fixture
def start_sendbot(
    run_bot: BotRunner,
    shipped_index: FactIndex,
    make_settings: Callable[..., Settings],
    misses: ListMisses,
) -> StartSendBot:
    """`bot, fake = await start_sendbot(answer_channels=(...,), index_provider=...)`."""

    async def start(
        *, index_provider: Callable[[], FactIndex] | None = None, **settings: Any
    ) -> tuple[SendBot, FakeDiscord]:
        provider = index_provider or (lambda: shipped_index)
        config = make_settings(**settings)
        bot, fake = await run_bot(lambda: SendBot(config, provider, misses=misses))
        assert isinstance(bot, SendBot)
        return bot, fake

    return start
