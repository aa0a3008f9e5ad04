"""Running a real discord.py bot against FakeDiscord, plus the pytest fixtures."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from .server import FakeDiscord

BotT = TypeVar("BotT", bound=discord.Client)

TOKEN = "fake-token"


@contextlib.contextmanager
def discord_urls(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base (also used by interaction callbacks and webhooks)
    and its default gateway at the fake; restore both afterwards."""
    old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = fake.http_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway


class _ErrorLog(logging.Handler):
    """Collects ERROR records from the "discord" logger: exceptions in event handlers,
    commands and views are logged there instead of reaching the test."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def describe(self) -> list[str]:
        formatter = logging.Formatter("%(name)s: %(message)s")
        return [formatter.format(r) for r in self.records]


async def _wait_ready(
    bot: discord.Client, task: asyncio.Task[None], fake: FakeDiscord, timeout: float
) -> None:
    ready = asyncio.ensure_future(bot.wait_until_ready())
    done, _ = await asyncio.wait(
        {ready, task}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
    )
    if ready in done:
        return
    ready.cancel()
    if task in done:
        raise RuntimeError("bot.start() ended before on_ready") from task.exception()
    ops = [frame.get("op") for frame in fake.gateway_frames]
    raise TimeoutError(
        f"bot not ready after {timeout}s; gateway ops received: {ops}; {fake.recorder.summary()}"
    )


async def _stop(bot: discord.Client, task: asyncio.Task[None]) -> BaseException | None:
    """Close the bot and collect how its start() task ended."""
    await bot.close()
    try:
        await asyncio.wait_for(asyncio.shield(task), 5.0)
    except TimeoutError:
        task.cancel()
        return TimeoutError("bot.start() did not finish after close()")
    except asyncio.CancelledError:
        return None
    except Exception as exc:
        return exc
    return None


@contextlib.asynccontextmanager
async def running_bot(
    bot_factory: Callable[[], BotT],
    fake: FakeDiscord | None = None,
    *,
    ready_timeout: float = 5.0,
    guild_ready_timeout: float | None = 0.05,
    strict: bool = True,
) -> AsyncIterator[tuple[BotT, FakeDiscord]]:
    """Run `bot_factory()`'s bot against `fake` (a new FakeDiscord if None) until ready.

    On a clean exit, with `strict`, fails if the fake crashed, the bot called a route the
    fake does not serve, or discord.py logged an error (an exception in a command, view or
    event handler). `guild_ready_timeout` replaces discord.py's 2 s wait for GUILD_CREATEs.
    """
    own_fake = fake is None or not fake.started
    fake = fake or FakeDiscord()
    if own_fake:
        await fake.start()
    errors = _ErrorLog()
    discord_logger = logging.getLogger("discord")
    discord_logger.addHandler(errors)
    crash: BaseException | None = None
    try:
        with discord_urls(fake):
            bot = bot_factory()
            if guild_ready_timeout is not None:
                bot._connection.guild_ready_timeout = guild_ready_timeout
            async with bot:  # initialises the client's loop objects, so readiness can be awaited
                task = asyncio.create_task(bot.start(TOKEN), name="bot.start")
                fake.recorder.watch(task)
                try:
                    await _wait_ready(bot, task, fake, ready_timeout)
                    yield bot, fake
                finally:
                    fake.recorder.unwatch(task)
                    crash = await _stop(bot, task)
    finally:
        discord_logger.removeHandler(errors)
        if own_fake:
            await fake.stop()

    # Reached only when the test body itself passed.
    if crash is not None:
        raise RuntimeError("bot.start() failed while the test ran") from crash
    if strict:
        problems = [f"FakeDiscord crashed: {e}" for e in fake.errors]
        problems += [f"route not served by FakeDiscord: {r}" for r in fake.unknown_requests]
        problems += [f"discord.py logged an error: {e}" for e in errors.describe()]
        if problems:
            hint = (
                "(errors like ServerDisconnectedError mean the test ended while the bot was"
                " still busy: wait for its last request first)"
            )
            raise AssertionError("\n".join([*problems, hint]))


BotRunner = Callable[..., Awaitable[tuple[Any, FakeDiscord]]]


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started FakeDiscord with the default world; configure it before starting a bot."""
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture
async def run_bot(fake_discord: FakeDiscord) -> AsyncIterator[BotRunner]:
    """`bot, fake = await run_bot(factory, **running_bot_kwargs)`; stopped at teardown."""
    async with contextlib.AsyncExitStack() as stack:

        async def start(factory: Callable[[], Any], **kwargs: Any) -> tuple[Any, FakeDiscord]:
            return await stack.enter_async_context(running_bot(factory, fake_discord, **kwargs))

        yield start
