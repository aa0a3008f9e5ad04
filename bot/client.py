"""The Discord client: SendBot, with its dependencies passed in, and running it from the CLI.

SendBot takes the settings, an `index_provider` (called for every question, so a knowledge
store can swap in a new index in one step) and a miss recorder. `setup_hook` loads the
extensions and, when the command set changed, registers it with Discord. `run_discord`
turns every way of failing to start into one line on standard error and a non-zero exit.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.answering.match import FactIndex, build_index
from bot.answering.misses import MissRecorder, NoMisses
from bot.command_sync import scope_name, sync_commands, sync_if_changed
from bot.discord_errors import report_error
from bot.knowledge.loader import load_knowledge
from bot.settings import Settings

log = logging.getLogger("sendbot.client")

EXTENSIONS = ("bot.exts.ask",)
IndexProvider = Callable[[], FactIndex]

NO_CHANNELS_WARNING = (
    "SENDBOT_CHANNELS is not set: answering slash commands, the message menu, mentions and "
    "DMs only. The Message Content intent is not requested, so other messages are not read."
)
INTENT_REFUSED = (
    "Discord refused the Message Content intent, which SENDBOT_CHANNELS needs. Turn on "
    '"Message Content Intent" under Bot > Privileged Gateway Intents in the Developer Portal '
    "(https://discord.com/developers/applications), or unset SENDBOT_CHANNELS."
)
LOGIN_REFUSED = (
    "Discord refused the token in DISCORD_TOKEN (login failed). Copy a new one from the "
    "Developer Portal (Bot > Reset Token)."
)


def intents_for(settings: Settings) -> discord.Intents:
    """The default, non-privileged intents; Message Content only to read SENDBOT_CHANNELS."""
    intents = discord.Intents.default()
    intents.typing = False  # never used: fewer events
    intents.message_content = bool(settings.answer_channels)
    return intents


class SendBotTree(app_commands.CommandTree["SendBot"]):
    async def on_error(
        self, interaction: discord.Interaction[SendBot], error: app_commands.AppCommandError, /
    ) -> None:
        await report_error(interaction, error)


class SendBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        index_provider: IndexProvider,
        *,
        misses: MissRecorder | None = None,
        sync_on_start: bool = True,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # unused: sendbot has no prefix commands
            help_command=None,
            intents=intents_for(settings),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=SendBotTree,
        )
        self.settings = settings
        self._index_provider = index_provider
        self.misses: MissRecorder = misses or NoMisses()
        self.sync_on_start = sync_on_start

    def index(self) -> FactIndex:
        return self._index_provider()

    def record_miss(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        """A failing recorder must not cost the user their answer."""
        try:
            self.misses.record(question, reason, tuple(suggested))
        except Exception:
            log.exception("the miss recorder failed (reason %r)", reason)

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if not self.settings.answer_channels:
            log.warning(NO_CHANNELS_WARNING)
        guild_id = self.settings.dev_guild
        if guild_id is not None:
            self.tree.copy_global_to(guild=discord.Object(guild_id))
        if self.sync_on_start:
            try:
                await sync_if_changed(self.tree, guild_id, self.settings.data_dir)
            except discord.HTTPException as exc:
                log.error("could not register the slash commands (%s): run `sendbot sync`", exc)

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("logged in as %s (%s) in %d server(s)", self.user, self.user.id, len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: chat is answered by the ask extension's listener."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("error in event %s", event_method)


def static_index(settings: Settings) -> IndexProvider:
    """The knowledge base in settings.kb_path, loaded once (a store can offer reloads)."""
    index = build_index(load_knowledge(settings.kb_path))
    return lambda: index


def _fail(message: str) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return 1


def _use_discord_logging() -> None:
    """discord.py's log format (coloured on a terminal) instead of the CLI's plain one."""
    root = logging.getLogger()
    level = root.level
    for handler in list(root.handlers):
        root.removeHandler(handler)
    discord.utils.setup_logging(level=level, root=True)
    # `sendbot -v` is for sendbot's own decisions; discord.py's debug log is every gateway
    # event and request body (and interaction tokens in URLs), so it stays at INFO.
    logging.getLogger("discord").setLevel(max(level, logging.INFO))


def _install_stop_signals(bot: SendBot) -> list[signal.Signals]:
    """SIGINT and SIGTERM close the bot cleanly (where the loop supports signal handlers)."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    closing: set[asyncio.Task[None]] = set()

    def stop(signum: signal.Signals) -> None:
        log.info("received %s: shutting down", signum.name)
        task = asyncio.ensure_future(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # not the main thread, or a platform without them
        installed.append(signum)
    return installed


async def serve(
    settings: Settings,
    token: str,
    index_provider: IndexProvider,
    *,
    misses: MissRecorder | None = None,
) -> int:
    """Run until closed (by a signal or bot.close()); the exit status."""
    bot = SendBot(settings, index_provider, misses=misses)
    installed = _install_stop_signals(bot)
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        return _fail(LOGIN_REFUSED)
    except discord.PrivilegedIntentsRequired:
        return _fail(INTENT_REFUSED)
    except discord.ConnectionClosed as exc:
        return _fail(f"Discord closed the connection (code {exc.code}); see the log above")
    except (aiohttp.ClientError, OSError, discord.HTTPException) as exc:
        return _fail(f"cannot reach Discord ({type(exc).__name__}); check the network")
    finally:
        loop = asyncio.get_running_loop()
        for signum in installed:
            loop.remove_signal_handler(signum)
    log.info("stopped")
    return 0


def run_discord(
    settings: Settings,
    *,
    index_provider: IndexProvider | None = None,
    misses: MissRecorder | None = None,
) -> int:
    """`sendbot run` with a token: the bot until SIGINT/SIGTERM. Problems -> one line, exit 1."""
    token = settings.require_token()  # SettingsError -> one line from the CLI, exit 2
    provider = index_provider or static_index(settings)
    _use_discord_logging()
    return asyncio.run(serve(settings, token, provider, misses=misses))


async def register_commands(
    settings: Settings, token: str, index_provider: IndexProvider
) -> tuple[str, list[app_commands.AppCommand]] | int:
    """Log in (no gateway), register the command set, and return where it went and what."""
    bot = SendBot(settings, index_provider, sync_on_start=False)
    try:
        async with bot:
            await bot.login(token)  # runs setup_hook, which loads the extensions
            synced = await sync_commands(bot.tree, settings.dev_guild, settings.data_dir)
    except discord.LoginFailure:
        return _fail(LOGIN_REFUSED)
    except (aiohttp.ClientError, OSError, discord.HTTPException) as exc:
        return _fail(f"could not register the commands ({type(exc).__name__}: {exc})")
    return scope_name(settings.dev_guild), synced


def describe_command(command: app_commands.AppCommand) -> str:
    if command.type is discord.AppCommandType.chat_input:
        options = " ".join(
            f"[{option.name}]"
            if isinstance(option, app_commands.Argument) and not option.required
            else option.name
            for option in command.options
        )
        return f"/{command.name} {options}".rstrip()
    return f"{command.name} ({command.type.name.replace('_', ' ')} menu)"


def sync_discord(settings: Settings, *, index_provider: IndexProvider | None = None) -> int:
    """`sendbot sync`: register the commands (dev guild if set, else global), print them."""
    token = settings.require_token()
    provider = index_provider or static_index(settings)
    _use_discord_logging()
    result = asyncio.run(register_commands(settings, token, provider))
    if isinstance(result, int):
        return result
    scope, synced = result
    where = f"to guild {settings.dev_guild}" if settings.dev_guild else "globally"
    print(f"registered {len(synced)} commands {where} ({scope}):")
    for command in synced:
        print(f"  {describe_command(command)}")
    return 0
