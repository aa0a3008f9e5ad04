"""Typed settings from the environment (and a `.env` file), built once by the CLI.

The token is kept out of `repr` so it can never reach a log line or a traceback.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv.parser import Binding, parse_stream

from sendbot.knowledge.utf16 import UTF16_PROBLEM, utf16_encoding

# The knowledge base shipped inside the package; `sendbot init DIR` copies it somewhere editable.
BUNDLED_KNOWLEDGE = Path(__file__).resolve().parent / "bundled_knowledge"
# Discord bot tokens are three base64url parts joined by dots.
DEFAULT_RELOAD_SECONDS = 5.0
# How long a change waits for another process's save before it is refused as busy: a save
# takes well under a second, so a lock held this long belongs to a process that is stuck.
DEFAULT_LOCK_SECONDS = 60.0
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")


DEFAULT_STALE_MONTHS = 12


class SettingsError(ValueError):
    """A setting is missing or malformed; the message never contains a secret."""


class DataInsideKnowledge(SettingsError):
    """The data directory is inside the knowledge directory, where its backups would be read
    as knowledge; a front end says where each of the two was set."""

    def __init__(self, data: Path, knowledge: Path) -> None:
        self.data, self.knowledge = data, knowledge
        super().__init__(f"the data directory ({data}) must not be inside the knowledge directory")


def _shards(env: Mapping[str, str]) -> tuple[int | None, tuple[int, ...]]:
    """SENDBOT_SHARD_COUNT (total) and SENDBOT_SHARD_IDS (this process's: "0-3" or "0,1")."""
    count_raw = env.get("SENDBOT_SHARD_COUNT", "").strip()
    ids_raw = env.get("SENDBOT_SHARD_IDS", "").strip()
    if not count_raw:
        if ids_raw:
            raise SettingsError("SENDBOT_SHARD_IDS needs SENDBOT_SHARD_COUNT (the total)")
        return None, ()
    count = _count(env, "SENDBOT_SHARD_COUNT", 1, 100_000)
    ids: list[int] = []
    for part in re.split(r"[,\s]+", ids_raw) if ids_raw else []:
        first, dash, last = part.partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise SettingsError('SENDBOT_SHARD_IDS must be shard numbers, like "0-3" or "0,2"')
        ids += range(int(first), int(last or first) + 1)
    if any(shard >= count for shard in ids):
        raise SettingsError(f"SENDBOT_SHARD_IDS must be below SENDBOT_SHARD_COUNT ({count})")
    return count, tuple(dict.fromkeys(ids))


def user_path(value: str | Path) -> Path:
    """A path setting, `~` being a home directory as in a shell: a value from .env or a quoted
    one reaches sendbot unexpanded, and made a directory called `~` where it ran."""
    try:
        return Path(value).expanduser()
    except RuntimeError:  # ~name, and no user of that name here
        user = str(value)[1:].split("/", 1)[0]
        raise SettingsError(f"{value}: no user {user} on this machine") from None


class NoHomeDirectory(SettingsError):
    """No home directory to keep the data in: an empty or unset HOME made it the file-system
    root, where `sendbot ask` created /.local/share/sendbot."""

    def __init__(self, home: str) -> None:
        super().__init__(
            f"no home directory to keep sendbot's data in (HOME is {home}): give --data DIR "
            "or set SENDBOT_DATA (or XDG_DATA_HOME)"
        )


def default_data_dir(env: Mapping[str, str]) -> Path:
    """$XDG_DATA_HOME/sendbot, else ~/.local/share/sendbot; never below the file-system root
    or a relative path, which an empty HOME or XDG_DATA_HOME would give (the XDG rules ignore
    a relative XDG_DATA_HOME)."""
    xdg = env.get("XDG_DATA_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "sendbot"
    home = env.get("HOME")
    if home is None:  # unset: the user's entry in the password database, as a shell does
        try:
            home = str(Path.home())
        except (RuntimeError, KeyError):  # no entry for this user id
            raise NoHomeDirectory("unset and this user has none") from None
    if not os.path.isabs(home) or Path(home).resolve() == Path("/").resolve():
        raise NoHomeDirectory(f"'{home}'" if home else "empty")
    return Path(home) / ".local" / "share" / "sendbot"


# A Discord id is a snowflake: an unsigned 64-bit number whose top bits are a time since 2015,
# so 17 to 20 digits; "12" is a typo or a half-pasted id, which no server, channel or role has.
_MAX_ID = 2**64 - 1
_ID_DIGITS = range(17, 21)


# What each id names, for saying where to copy one from.
_ID_KINDS = {
    "SENDBOT_HOME_GUILDS": "server",
    "SENDBOT_DEV_GUILD": "server",
    "SENDBOT_CHANNELS": "channel",
    "SENDBOT_AUDIT_CHANNEL": "channel",
    "SENDBOT_MOD_ROLES": "role",
}


def _is_id(part: str) -> bool:
    # int() alone would take "-5", "+5" and "1_000", and numbers no id can be.
    return part.isascii() and part.isdigit() and len(part) in _ID_DIGITS and int(part) <= _MAX_ID


def _not_an_id(name: str, what: str, part: str) -> SettingsError:
    """Which value is wrong and, for a name (#general, My Server), where ids are found."""
    shown = part if len(part) <= 40 else part[:37] + "..."
    problem = f"{name} must be {what} (like 123456789012345678), not '{shown}'"
    kind = _ID_KINDS.get(name)
    if part.isascii() and part.isdigit():
        problem += f": a Discord id has 17 to 20 digits, this has {len(part)}"
    elif kind and not any(char.isdigit() for char in part):
        problem += (
            f": a {kind}'s id, not its name; turn on Developer Mode (Discord's settings, "
            f"Advanced), then right-click the {kind} and choose Copy {kind.title()} ID"
        )
    return SettingsError(problem)


def _ids(
    env: Mapping[str, str], name: str, what: str = "Discord ids separated by commas"
) -> tuple[int, ...]:
    raw = env.get(name, "").strip()
    if not raw:
        return ()
    parts = [part for part in re.split(r"[,\s]+", raw) if part]
    for part in parts:
        if not _is_id(part):  # named as written between commas: "My Server", not "My"
            written = next(chunk for chunk in raw.split(",") if part in chunk).strip()
            raise _not_an_id(name, what, written)
    return tuple(int(part) for part in parts)


def _id(env: Mapping[str, str], name: str) -> int | None:
    ids = _ids(env, name, "one Discord id")
    if len(ids) > 1:
        raise SettingsError(f"{name} takes one id, not {len(ids)}")
    return ids[0] if ids else None


DEFAULT_KEEP_VERSIONS = 20


def _switch(env: Mapping[str, str], name: str) -> bool | None:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return None
    if raw in ("1", "on", "yes", "true"):
        return True
    if raw in ("0", "off", "no", "false"):
        return False
    raise SettingsError(f"{name} must be on or off")


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= 3600:
        raise SettingsError(f"{name} must be a number of seconds from 0.1 to 3600") from None
    return value


def _count(env: Mapping[str, str], name: str, default: int, most: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= most:
        raise SettingsError(f"{name} must be a whole number from 1 to {most}")
    return int(raw)


def _resolved(path: Path) -> Path:
    """`path` made absolute, through symlinks where it can be (not through a loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return path.absolute()


@dataclass(frozen=True, slots=True)
class Settings:
    kb_path: Path
    data_dir: Path
    token: str | None = field(default=None, repr=False)
    dev_guild: int | None = None
    home_guilds: tuple[int, ...] = ()  # the servers whose moderators keep the knowledge base
    answer_channels: tuple[int, ...] = ()
    read_messages: bool | None = None  # the Message Content intent; None: when answer_channels
    mod_roles: tuple[int, ...] = ()
    audit_channel: int | None = None
    reload_interval: float = DEFAULT_RELOAD_SECONDS  # how often to look for edits on disk
    keep_versions: int = DEFAULT_KEEP_VERSIONS  # previous versions of each file kept as backups
    shard_count: int | None = None  # None: as many shards as Discord recommends
    shard_ids: tuple[int, ...] = ()  # the shards this process runs (default: all)
    # A measure's newest figure older than this many months is said to be old in the reply.
    stale_months: int = DEFAULT_STALE_MONTHS
    lock_timeout: float = DEFAULT_LOCK_SECONDS  # a change's wait for another's save

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str],
        *,
        kb_path: str | None = None,
        data_dir: str | None = None,
        for_discord: bool = True,
    ) -> Settings:
        """Settings from `env`; with `for_discord` False (terminal commands) the Discord-only
        settings are left at their defaults, so a mistake in one does not stop `ask` or `kb`."""
        token = env.get("DISCORD_TOKEN", "").strip() or None
        knowledge = user_path(kb_path or env.get("SENDBOT_KB") or BUNDLED_KNOWLEDGE)
        data = user_path(data_dir or env.get("SENDBOT_DATA") or default_data_dir(env))
        # Backups and logs inside the knowledge directory would be read as knowledge.
        if _resolved(data).is_relative_to(_resolved(knowledge)):
            raise DataInsideKnowledge(data, knowledge)
        keep_versions = _count(env, "SENDBOT_KEEP_VERSIONS", DEFAULT_KEEP_VERSIONS, 10_000)
        stale_months = _count(env, "SENDBOT_STALE_MONTHS", DEFAULT_STALE_MONTHS, 1200)
        lock_timeout = _seconds(env, "SENDBOT_LOCK_SECONDS", DEFAULT_LOCK_SECONDS)
        if not for_discord:
            return cls(
                knowledge,
                data,
                token=token,
                keep_versions=keep_versions,
                stale_months=stale_months,
                lock_timeout=lock_timeout,
            )
        shard_count, shard_ids = _shards(env)
        return cls(
            kb_path=knowledge,
            data_dir=data,
            token=token,
            dev_guild=_id(env, "SENDBOT_DEV_GUILD"),
            home_guilds=_ids(env, "SENDBOT_HOME_GUILDS"),
            answer_channels=_ids(env, "SENDBOT_CHANNELS"),
            read_messages=_switch(env, "SENDBOT_MESSAGE_CONTENT"),
            mod_roles=_ids(env, "SENDBOT_MOD_ROLES"),
            audit_channel=_id(env, "SENDBOT_AUDIT_CHANNEL"),
            reload_interval=_seconds(env, "SENDBOT_RELOAD_SECONDS", DEFAULT_RELOAD_SECONDS),
            keep_versions=keep_versions,
            shard_count=shard_count,
            shard_ids=shard_ids,
            stale_months=stale_months,
            lock_timeout=lock_timeout,
        )

    @property
    def message_content(self) -> bool:
        """Whether to ask Discord for the Message Content intent (to answer unaddressed
        questions in chosen channels): SENDBOT_MESSAGE_CONTENT, else whether SENDBOT_CHANNELS
        is set."""
        if self.read_messages is not None:
            return self.read_messages
        return bool(self.answer_channels)

    def require_token(self) -> str:
        if not self.token:
            raise SettingsError(
                # Said whole: an installed sendbot has no docs/ beside it to point at.
                "DISCORD_TOKEN is not set: put the bot's token (Discord Developer Portal, your "
                "application's Bot page, Reset Token) in the environment or in ./.env"
            )
        if not TOKEN_SHAPE.match(self.token):
            # What the token looks like is never said: it may be most of a real one.
            prefix = self.token[:4].lower() == "bot " and TOKEN_SHAPE.match(self.token[4:].strip())
            if prefix:  # as the HTTP header writes it: discord.py adds "Bot " itself
                raise SettingsError("DISCORD_TOKEN starts with 'Bot ': give the token alone")
            raise SettingsError(
                "DISCORD_TOKEN does not look like a Discord bot token (three parts joined by "
                "dots, from the Developer Portal's Bot page; not the application id or the "
                "client secret)"
            )
        return self.token


# A line that sets a value opening with a quote: `KEY="...`, `export KEY='...`.
_QUOTED_SETTING = re.compile(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(['\"])")


def _dotenv_error(binding: Binding) -> str:
    """What is wrong with a line python-dotenv could not read; never its value (a token)."""
    quoted = _QUOTED_SETTING.match(binding.original.string)
    if quoted is not None and quoted[2] not in binding.original.string[quoted.end() :]:
        return f"the value of {quoted[1]} opens a {quoted[2]} quote that is never closed"
    return "expected KEY=value"


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=value lines as python-dotenv reads them (comments, quotes, `export`), without
    interpolation. No file -> nothing; a file that cannot be read or parsed -> SettingsError,
    rather than a bot that silently starts without its settings."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror}") from None
    if utf16_encoding(data):
        # Notepad's "Unicode": without a byte order mark it decodes as UTF-8 with NULs, and
        # every setting in it was silently ignored (DISCORD_TOKEN too: the terminal chat ran).
        raise SettingsError(f"{path} is {UTF16_PROBLEM}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SettingsError(f"{path} is not valid UTF-8") from None
    values: dict[str, str] = {}
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:
            raise SettingsError(f"{path}:{binding.original.line}: {_dotenv_error(binding)}")
        if binding.key is not None and binding.value is not None:
            values[binding.key] = binding.value
    return values


def environment(dotenv: Path = Path(".env")) -> dict[str, str]:
    """The process environment over the .env file in the current directory: a real
    variable always wins."""
    return read_dotenv(dotenv) | dict(os.environ)
