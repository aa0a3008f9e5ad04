"""End-to-end tests run the real discord.py client against tests.fakediscord."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.discord_app.client import SendBot
from sendbot.settings import BUNDLED_KNOWLEDGE, Settings
from sendbot.storage.curation import Curation
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


StartCurated = Callable[..., Awaitable[tuple[SendBot, FakeDiscord]]]


@pytest.fixture
def start_curated(
    run_bot: BotRunner,
    make_settings: Callable[..., Settings],
    kb_dir: Path,
    fake_discord: FakeDiscord,
) -> StartCurated:
    """`bot, fake = await start_curated(**settings)`: SendBot as `sendbot run` wires it, on one
    knowledge store over `kb_dir` (a copy), with tmp_path/data, the fake's guild as the home
    server and #mod-log as audit channel.

    Knowledge files are only looked at again on request (`KnowledgeWatch.check_knowledge()`) unless
    `reload_interval` is given.
    """

    async def start(**settings: Any) -> tuple[SendBot, FakeDiscord]:
        values: dict[str, Any] = {
            "kb_path": kb_dir,
            "home_guilds": (fake_discord.guild.id,),
            "audit_channel": fake_discord.guild.channel("mod-log").id,
            "reload_interval": 3600.0,
        }
        values.update(settings)
        config = make_settings(**values)
        curation = Curation.open(config)
        bot, fake = await run_bot(lambda: SendBot(config, curation.index, curation=curation))
        assert isinstance(bot, SendBot)
        return bot, fake

    return start
