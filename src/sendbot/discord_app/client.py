"""The Discord client: SendBot, with its dependencies passed in, and running it from the CLI.

SendBot takes the settings, an `index_provider` (called for every question, so a knowledge
store can swap in a new index in one step), a miss recorder and an answer counter. Given a
`Curation` (the knowledge store, gap log and answer counts) it also loads the moderators'
/kb commands, which post their changes to the audit channel and look for edits of the
knowledge files on disk every `settings.reload_interval` seconds. `setup_hook` loads the extensions
and, when the command set changed, registers it with Discord. `run_discord` turns every way
of failing to start into one line on standard error and a non-zero exit.
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

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import intent_pattern
from sendbot.answering.misses import AnswerCounter, MissRecorder, NoCounts, NoMisses
from sendbot.discord_app.command_sync import (
    NotInServer,
    command_scopes,
    scope_name,
    sync_scopes,
    sync_scopes_if_changed,
)
from sendbot.discord_app.errors import report_error
from sendbot.discord_app.identify import IdentifyPacer
from sendbot.discord_app.late_forms import LateForms
from sendbot.discord_app.late_presses import LatePresses, PressHandler
from sendbot.discord_app.orphans import is_orphaned, say_orphaned
from sendbot.discord_app.render import readable_question
from sendbot.discord_app.send import NO_MENTIONS
from sendbot.discord_app.server_config import misplaced_audit_channel, unknown_mod_roles
from sendbot.discord_app.server_settings import ServerSettings
from sendbot.settings import Settings
from sendbot.storage.curation import Curation, StateUnusable, answers_only
from sendbot.storage.guild_settings import GuildSettings

log = logging.getLogger("sendbot.client")

STATE_UNUSABLE = (
    "%s; until then sendbot answers from the knowledge files without /kb, the gap log, "
    "answer counts or the servers' /settings (their defaults apply)"
)

EXTENSIONS = (
    "sendbot.discord_app.exts.ask",
    "sendbot.discord_app.exts.trend",
    "sendbot.discord_app.exts.server_admin",
)
CURATION_EXTENSIONS = (
    "sendbot.discord_app.exts.kb_admin",
)  # loaded only with a knowledge store to change
IndexProvider = Callable[[], FactIndex]

NO_CHANNELS_WARNING = (
    "SENDBOT_CHANNELS is not set (nor SENDBOT_MESSAGE_CONTENT): answering slash commands, the "
    "message menu, mentions and DMs only. The Message Content intent is not requested, so "
    "other messages are not read."
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


def shard_options(settings: Settings) -> dict[str, Any]:
    """AutoShardedBot's shard_count / shard_ids from the settings (empty: ask Discord)."""
    options: dict[str, Any] = {}
    if settings.shard_count is not None:
        options["shard_count"] = settings.shard_count
        if settings.shard_ids:
            options["shard_ids"] = list(settings.shard_ids)
    return options


def intents_for(settings: Settings) -> discord.Intents:
    """The default, non-privileged intents; Message Content only to read chosen channels."""
    intents = discord.Intents.default()
    intents.typing = False  # never used: fewer events
    intents.message_content = settings.message_content
    return intents


class SendBotTree(app_commands.CommandTree["SendBot"]):
    async def on_error(
        self, interaction: discord.Interaction[SendBot], error: app_commands.AppCommandError, /
    ) -> None:
        await report_error(interaction, error)


class SendBot(commands.AutoShardedBot):
    """Sharded in one process: Discord says how many shards (GET /gateway/bot) unless
    SENDBOT_SHARD_COUNT (and SENDBOT_SHARD_IDS, to run a range of them here) are set."""

    def __init__(
        self,
        settings: Settings,
        index_provider: IndexProvider,
        *,
        misses: MissRecorder | None = None,
        answers: AnswerCounter | None = None,
        curation: Curation | None = None,
        sync_on_start: bool = True,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # unused: sendbot has no prefix commands
            help_command=None,
            intents=intents_for(settings),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=SendBotTree,
            **shard_options(settings),
        )
        self.settings = settings
        self._index_provider = index_provider
        self.curation = curation
        default_misses = curation.misses() if curation else NoMisses()
        self.misses: MissRecorder = misses or default_misses
        self.answers: AnswerCounter = answers or (curation.stats if curation else NoCounts())
        self.sync_on_start = sync_on_start
        self.identify_pacer = IdentifyPacer()
        self._limits_known = False
        self._settings_warned = False
        self._orphan_replies: set[asyncio.Task[None]] = set()
        self.late_forms = LateForms()
        self.late_presses = LatePresses()
        self.server_settings = ServerSettings(
            GuildSettings(settings.data_dir),
            settings,
            channel_guild=self._channel_guild,
        )

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        super().dispatch(event_name, *args, **kwargs)
        # Called as discord.py routes an interaction to its views, before any callback runs.
        if event_name == "interaction" and is_orphaned(self._connection._view_store, args[0]):
            task = (
                self._submit_late(args[0])
                or self._press_late(args[0])
                or asyncio.create_task(say_orphaned(args[0]), name="sendbot-orphaned-press")
            )
            self._orphan_replies.add(task)
            task.add_done_callback(self._orphan_replies.discard)

    def _submit_late(self, interaction: discord.Interaction[Any]) -> asyncio.Task[None] | None:
        """A form submitted after its own ended, made again from what its custom_id says it
        was for and submitted as the live one would have been (its checks, its on_submit);
        None when no extension knows the form."""
        if interaction.type is not discord.InteractionType.modal_submit:
            return None
        data: Any = interaction.data or {}
        modal = self.late_forms.remade(str(data.get("custom_id")))
        if modal is None:
            return None
        resolved: Any = data.get("resolved") or {}
        # Private, for want of a public way in discord.py 2.7: its view store routes a
        # submission (before the `interaction` event this runs in) only to a form registered
        # before it came, and a box's value is set only from a submission. The method's
        # behaviour is pinned by tests/discord_app/test_late_forms.py, which fails loudly if
        # an upgrade changes it. (A form that can be remade from what was typed, as the
        # ingest review's is, goes through its public hooks instead: `_ingest._submit_late`.)
        return modal._dispatch_submit(interaction, data.get("components") or [], resolved)

    def _press_late(self, interaction: discord.Interaction[Any]) -> asyncio.Task[None] | None:
        """A button whose view (or a form whose modal) is gone, answered by the extension
        that kept what it was for; None when no extension knows it."""
        kinds = (discord.InteractionType.component, discord.InteractionType.modal_submit)
        if interaction.type not in kinds:
            return None
        data: Any = interaction.data or {}
        handler = self.late_presses.handler(str(data.get("custom_id")))
        if handler is None:
            return None
        return asyncio.create_task(
            self._answer_late_press(handler, interaction), name="sendbot-late-press"
        )

    @staticmethod
    async def _answer_late_press(
        handler: PressHandler, interaction: discord.Interaction[Any]
    ) -> None:
        # As a live view's errors are: told to the presser, not only logged.
        try:
            await handler(interaction)
        except Exception as exc:
            await report_error(interaction, exc, "buttons pressed after a restart")

    def _channel_guild(self, channel_id: int) -> int | None:
        channel = self.get_channel(channel_id)
        guild = getattr(channel, "guild", None)
        return guild.id if guild is not None else None

    def has_kb_commands(self, guild_id: int | None) -> bool:
        """Whether /kb is registered on this server: a home server of a bot that keeps its
        knowledge base (/help names it there for moderators, and nowhere else)."""
        return (
            self.curation is not None
            and guild_id is not None
            and guild_id in set(self.settings.home_guilds)
        )

    def index(self) -> FactIndex:
        return self._index_provider()

    def record_miss(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        """Recorded as it was read, as *Not what I asked* records it: "@here what ...?" and
        "what ...?" are one question in `/kb gaps`, and its one-click alias saves no "#channel"
        a mention left. A failing recorder must not cost the user their answer."""
        try:
            self.misses.record(readable_question(question) or question, reason, tuple(suggested))
        except Exception:
            log.exception("the miss recorder failed (reason %r)", reason)

    def count_answer(self, fact_id: str | None) -> None:
        """Count an answer with `fact_id`, or (None) a refusal; failing costs nothing."""
        try:
            if fact_id is None:
                self.answers.record_abstain()
            else:
                self.answers.record_answer(fact_id)
        except Exception:
            log.exception("the answer counter failed")

    async def audit(
        self, content: str | None = None, *, embed: discord.Embed | None = None
    ) -> list[int]:
        """Post to each home server's audit channel: never a ping, never an error for the
        caller. The audit channels it could not post to, for the moderator to hear of."""
        extra: dict[str, Any] = {"embed": embed} if embed is not None else {}
        failed = []
        for channel_id in await self.server_settings.audit_channels():
            try:
                channel = self.get_partial_messageable(channel_id)
                await channel.send(content, allowed_mentions=NO_MENTIONS, **extra)
            except discord.HTTPException as exc:
                log.warning("could not post to the audit channel %s: %s", channel_id, exc)
                failed.append(channel_id)
        return failed

    async def setup_hook(self) -> None:
        extensions = EXTENSIONS + (CURATION_EXTENSIONS if self.curation else ())
        for extension in extensions:
            await self.load_extension(extension)
        if not self.settings.message_content:
            log.warning(NO_CHANNELS_WARNING)
        guild_id = self.settings.dev_guild
        if guild_id is not None:
            self.tree.copy_global_to(guild=discord.Object(guild_id))
        if self.sync_on_start:
            await sync_scopes_if_changed(self.tree, self.command_scopes(), self.settings.data_dir)
        # The intent rules compile at the first question asked, not at import (about 120 ms):
        # here, off the event loop, so that the first member to ask does not wait for it.
        await asyncio.to_thread(intent_pattern)

    def command_scopes(self) -> list[int | None]:
        return command_scopes(self.settings.dev_guild, self.settings.home_guilds)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Wait as long as Discord's session start limit needs, no longer (see identify.py)."""
        if not self._limits_known:
            self._limits_known = True
            try:
                limits = await self.fetch_session_start_limits()
            except discord.DiscordException as exc:
                log.warning("could not read the session start limit (%s): one shard per 5 s", exc)
            else:
                self.identify_pacer.max_concurrency = limits.max_concurrency
        await self.identify_pacer.wait(shard_id)

    async def on_shard_ready(self, shard_id: int) -> None:
        log.info("shard %d of %s ready", shard_id, self.shard_count)

    async def close(self) -> None:
        await super().close()
        if self.curation is not None:
            # Misses and counts still queued are written before the process ends.
            await asyncio.to_thread(self.curation.close)

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info(
            "logged in as %s (%s) in %d server(s) over %s shard(s)",
            self.user,
            self.user.id,
            len(self.guilds),
            self.shard_count,
        )
        if not self._settings_warned:
            self._settings_warned = True
            for problem in self._settings_problems():
                log.warning(problem)

    def _settings_problems(self) -> list[str]:
        """Settings that name a server's channel or roles and can never take effect there,
        judged once the servers are known (a typo'd id otherwise fails without a word)."""
        audit = self.settings.audit_channel
        homes = set(self.settings.home_guilds)
        found = (
            misplaced_audit_channel(
                self.settings, self._channel_guild(audit) if audit is not None else None
            ),
            unknown_mod_roles(
                self.settings,
                {g.id: [role.id for role in g.roles] for g in self.guilds if g.id in homes},
            ),
        )
        return [problem for problem in found if problem is not None]

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: chat is answered by the ask extension's listener."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("error in event %s", event_method)


def _fail(message: str) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return 1


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
    curation: Curation | None = None,
) -> int:
    """Run until closed (by a signal or bot.close()); the exit status."""
    bot = SendBot(settings, index_provider, misses=misses, curation=curation)
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
    """`sendbot run` with a token: the bot until SIGINT/SIGTERM. Problems -> one line, exit 1.

    Without an `index_provider` it opens one knowledge store for the settings (KnowledgeError
    if the files are invalid): answers come from it, misses go to its gap log, and the
    moderators' /kb commands change it.
    """
    token = settings.require_token()  # SettingsError -> one line from the CLI, exit 2
    curation = None
    if index_provider is None:
        try:
            curation = Curation.open(settings)
            index_provider = curation.index
        except StateUnusable as exc:
            # Members keep their answers: the knowledge files are sound and answer on their
            # own; only what rests on the database (/kb, gaps, counts) waits for it.
            log.error(STATE_UNUSABLE, exc)
            index = answers_only(settings)
            index_provider = lambda: index  # noqa: E731
    return asyncio.run(serve(settings, token, index_provider, misses=misses, curation=curation))


Registered = list[tuple[int | None, list[app_commands.AppCommand]]]


async def register_commands(
    settings: Settings,
    token: str,
    index_provider: IndexProvider,
    *,
    curation: Curation | None = None,
) -> Registered | int:
    """Log in (no gateway), register the command set in every scope; where it went and what."""
    bot = SendBot(settings, index_provider, curation=curation, sync_on_start=False)
    try:
        async with bot:
            await bot.login(token)  # runs setup_hook, which loads the extensions
            return await sync_scopes(bot.tree, bot.command_scopes(), settings.data_dir)
    except discord.LoginFailure:
        return _fail(LOGIN_REFUSED)
    except NotInServer as exc:
        return _fail(str(exc))
    except (aiohttp.ClientError, OSError, discord.HTTPException) as exc:
        return _fail(f"could not register the commands ({type(exc).__name__}: {exc})")


def _usage(name: str, options: Sequence[app_commands.Argument]) -> str:
    shown = " ".join(option.name if option.required else f"[{option.name}]" for option in options)
    return f"/{name} {shown}".rstrip()


def _describe(name: str, options: Sequence[Any]) -> list[str]:
    """One line per runnable (sub)command under `name`, subcommand groups expanded."""
    subcommands = [o for o in options if isinstance(o, app_commands.AppCommandGroup)]
    if not subcommands:
        arguments = [o for o in options if isinstance(o, app_commands.Argument)]
        return [_usage(name, arguments)]
    return [line for sub in subcommands for line in _describe(f"{name} {sub.name}", sub.options)]


def describe_command(command: app_commands.AppCommand) -> str:
    """How the command is typed; a group gives one line per subcommand."""
    if command.type is not discord.AppCommandType.chat_input:
        return f"{command.name} ({command.type.name.replace('_', ' ')} menu)"
    return "\n".join(_describe(command.name, command.options))


def sync_discord(settings: Settings, *, index_provider: IndexProvider | None = None) -> int:
    """`sendbot sync`: register the commands (dev guild if set, else global; /kb to each home
    server), print them.

    Opens the knowledge store as `sendbot run` does, so the same command set (with /kb) is
    registered.
    """
    token = settings.require_token()
    curation = None
    if index_provider is None:
        curation = Curation.open(settings)
        index_provider = curation.index
    result = asyncio.run(register_commands(settings, token, index_provider, curation=curation))
    if isinstance(result, int):
        return result
    for scope, synced in result:
        where = f"to guild {scope}" if scope is not None else "globally"
        # One line per way of calling: /kb and /settings are one command each, with subcommands.
        lines = [line for command in synced for line in describe_command(command).splitlines()]
        print(
            f"registered {len(synced)} commands {where} ({scope_name(scope)}), "
            f"{len(lines)} with their subcommands:"
        )
        for line in lines:
            print(f"  {line}")
    return 0
