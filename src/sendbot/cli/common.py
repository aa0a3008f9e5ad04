"""What every command needs first: settings, with the data directory checked before use."""

from __future__ import annotations

import argparse
import logging
import os
import sysconfig
from collections.abc import Mapping
from pathlib import Path

from sendbot.cli.never_created import nearest_existing, why_never_created
from sendbot.cli.parsing import shown_path
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.settings import (
    DataInsideKnowledge,
    NoHomeDirectory,
    Settings,
    SettingsError,
    default_data_dir,
    environment,
)
from sendbot.storage.database import database_path
from sendbot.storage.draft_file import ServedKnowledge

log = logging.getLogger("sendbot.cli")


def usable_data_dir(
    path: Path, *, writable: bool, set_by: str = "--data", create: bool = True
) -> None:
    """Create the data directory if need be; SettingsError (one line, exit 2) if it cannot be
    used, rather than a failure on the first file written into it. `set_by` says where the
    path came from, so the message names what to change. Without `create`, a missing
    directory is left missing: a command that only reads finds nothing there; one that need
    not write (`writable` False) also does without a directory it cannot create."""
    shown = shown_path(path)
    # Only a cache would go there (`ask`, `trend`): those commands do without a directory
    # they cannot reach, read or create.
    optional = create and not writable
    try:
        found = path.exists()
    except PermissionError as exc:
        # A directory above it that may not be searched: nothing in it can be reached.
        if optional:
            return
        raise SettingsError(
            f"the data directory {shown} cannot be read: {exc.strerror} ({set_by})"
        ) from None
    if found and not path.is_dir():
        raise SettingsError(f"the data directory {shown} is not a directory ({set_by})")
    if found and not optional and not os.access(path, os.R_OK | os.X_OK):
        raise SettingsError(f"the data directory {shown} cannot be read ({set_by})")
    if not create and not os.path.lexists(path):
        # Under a file it could never be made: a command that would write there says so, and
        # one that only reads says it cannot be read, rather than "no saved changes" from a
        # directory that can never hold any (a mistyped --data).
        under = nearest_existing(path)
        if under is not None and not under.is_dir():
            if writable:
                raise SettingsError(
                    f"the data directory {shown} cannot be created: Not a directory ({set_by})"
                )
            raise SettingsError(
                f"the data directory {shown} cannot be read: {shown_path(under)} is a file "
                f"({set_by})"
            )
        never = why_never_created(path)
        if never is not None:
            # HOME=/sys: "no saved changes" (exit 0) there read as an empty history.
            why = never if writable else f"it does not exist and cannot be made, as {never}"
            done = "created" if writable else "read"
            raise SettingsError(f"the data directory {shown} cannot be {done}: {why} ({set_by})")
        return
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if not writable:
            return  # only its cache would go there: a command that only reads does without
        raise SettingsError(
            f"the data directory {shown} cannot be created: {exc.strerror} ({set_by})"
        ) from None
    if writable and not os.access(path, os.W_OK | os.X_OK):
        raise SettingsError(f"the data directory {shown} is not writable ({set_by})")


def _no_home(args: argparse.Namespace, env: Mapping[str, str]) -> NoHomeDirectory | None:
    """Why the default data directory cannot be used (no home directory), when neither
    --data nor SENDBOT_DATA gives another; None when there is one to use."""
    if args.data or env.get("SENDBOT_DATA"):
        return None
    try:
        default_data_dir(env)
    except NoHomeDirectory as exc:
        return exc
    return None


def data_dir_unwritable(args: argparse.Namespace, settings: Settings) -> str | None:
    """Why a command that can do without writing (the terminal chat, which only records
    what was asked) cannot write its data directory, in the words `usable_data_dir` uses,
    or None when it can: the directory is made if need be, and the state database in it
    must be writable too."""
    no_home = _no_home(args, environment())
    if no_home is not None:  # the data directory is /dev/null, which holds nothing
        return str(no_home)
    try:
        usable_data_dir(
            settings.data_dir, writable=True, set_by=_data_set_by(args, dict(environment()))
        )
    except SettingsError as exc:
        return str(exc)
    database = database_path(settings.data_dir)
    if database.exists() and not os.access(database, os.W_OK):
        return f"the state database {shown_path(database)} is not writable"
    return None


# The help of `--out` that `draft_out` reads, as `kb build` and `kb fetch` both begin it.
DRAFT_OUT_HELP = (
    "write the draft to this .yaml file, or into this directory (an existing one, DIR/, or a "
    "new name with no suffix) as SOURCE-ID.yaml"
)


def draft_out(value: str | None) -> tuple[Path | None, bool]:
    """`--out` of `kb build` and `kb fetch`: (the path, whether it is a directory to write
    into). A file's name ends in .yaml, the only files a knowledge directory reads; a
    directory is one that exists, is written DIR/, or is a new name with no suffix (`drafts`
    was written as a file that nothing reads, unless the input held several answers).
    SettingsError (one line, exit 2) for any other name."""
    if not value:
        return None, False
    out = Path(value)
    if value.endswith(("/", os.sep)) or out.is_dir():
        return out, True
    if out.suffix == ".yaml":
        return out, False
    if not out.suffix and not os.path.lexists(out):
        return out, True
    raise SettingsError(
        f"--out {value}: a knowledge file's name ends in .yaml; give NAME.yaml, or a directory "
        "to write into"
    )


def _in_dotenv(name: str) -> bool:
    """Whether setting `name` came from ./.env (a real variable would have won): a user who
    looks only at the environment would not find it."""
    return name not in os.environ


def _variable(name: str) -> str:
    return f"{name} in ./.env" if _in_dotenv(name) else name


def _data_set_by(args: argparse.Namespace, env: dict[str, str]) -> str:
    if args.data:
        return "set by --data"
    if env.get("SENDBOT_DATA"):
        return f"set by {_variable('SENDBOT_DATA')}; change it or give --data"
    return "the default; give --data or set SENDBOT_DATA"


def history_read_from(args: argparse.Namespace, settings: Settings) -> str:
    """' (recorded in DATA, the default; ...)': where the edit history was looked for. A
    moderator whose changes were saved with another --data or SENDBOT_DATA was told only "no
    change has been saved yet", as if they were lost."""
    set_by = _data_set_by(args, dict(environment()))
    return f" (history recorded in {shown_path(settings.data_dir)}, {set_by})"


def _kb_set_by(args: argparse.Namespace, env: dict[str, str]) -> str | None:
    """Where a knowledge base path other than the bundled one came from, or None."""
    if args.kb:
        return "set by --kb"
    if env.get("SENDBOT_KB"):
        return f"set by {_variable('SENDBOT_KB')}; change it or give --kb"
    return None


def served_knowledge(args: argparse.Namespace) -> ServedKnowledge | None:
    """The knowledge directory --kb or SENDBOT_KB names, which `kb build` and `kb fetch`
    never write drafts into; None when neither does (or the settings cannot be read: those
    commands need no settings, and the directory's own files still say it is in use)."""
    env = environment()
    set_by = _kb_set_by(args, dict(env))
    if set_by is None:
        return None
    try:
        settings = Settings.from_env(env, kb_path=args.kb, data_dir=args.data, for_discord=False)
    except SettingsError:
        return None
    return ServedKnowledge(settings.kb_path, set_by.split(";", 1)[0])


def _say_where_set(error: SettingsError, env: Mapping[str, str]) -> SettingsError:
    """A malformed setting read from ./.env says so: "SENDBOT_STALE_MONTHS must be ..."
    sent the user to an environment that does not have it."""
    name = str(error).split(" ", 1)[0]
    if name in env and _in_dotenv(name):
        return SettingsError(f"{error} (set in ./.env)")
    return error


def usable_kb_dir(path: Path, set_by: str) -> None:
    """A knowledge base path that is not a directory, named as such with where it was set:
    a bare "does not exist" does not say which path the user should change. KnowledgeError,
    exit 1, like any other knowledge base that cannot be loaded."""
    if not os.path.lexists(path):
        what = "does not exist"
    elif path.is_file() and path.suffix == ".yaml":
        # One of its files was given: the base is the directory that holds it.
        what = f"is a file, not a directory; give the directory that holds it, {path.parent}"
    elif path.is_file():
        what = "is a file, not a directory"
    elif _sources_of_a_base(path):
        # "holds no knowledge files" about the documents' folder: `kb check` takes it, --kb not.
        what = f"is the sources/ folder of one; give the directory that holds it, {path.parent}"
    else:  # a directory, or a path the loader explains better (a symlink loop, no access)
        return
    shown = shown_path(path)
    if shown != shown.strip():  # SENDBOT_KB=" ": the line would begin with a bare ": "
        shown = repr(shown)
    raise KnowledgeError([Problem(shown, None, "", f"the knowledge base {what} ({set_by})")])


def _sources_of_a_base(path: Path) -> bool:
    """Is `path` the sources/ folder beside a knowledge base's YAML files?"""
    try:
        return (
            path.name == "sources"
            and path.is_dir()
            and not any(path.glob("*.yaml"))
            and any(path.parent.glob("*.yaml"))
        )
    except OSError:
        return False


def installed_with_package(path: Path) -> bool:
    """Is `path` inside the installed packages (site-packages), where edits would be lost at
    the next upgrade? A source checkout's copy is not."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, which is not installed
        return False
    installed = {sysconfig.get_paths()[name] for name in ("purelib", "platlib")}
    return any(resolved.is_relative_to(Path(place).resolve()) for place in installed)


def load_settings(
    args: argparse.Namespace,
    *,
    uses_data: bool = True,
    writes_data: bool = True,
    creates_data: bool = True,
    for_discord: bool = False,
    needs_kb: bool = True,
) -> Settings:
    """Settings from --kb/--data, the environment and .env, with a usable data directory
    when the command uses one and a knowledge directory that exists when it `needs_kb`.
    Discord-only settings are checked only `for_discord`; a command that only reads the data
    directory leaves it uncreated (`creates_data=False`)."""
    env = environment()
    data_dir = args.data
    # A command that keeps only a cache there (`ask`, `trend`, `kb test`, the chat) does
    # without it, as it does without a directory it cannot write.
    cache_only = not writes_data and creates_data
    without_home = (not uses_data or cache_only) and _no_home(args, env) is not None
    if without_home:
        # No home to keep data in, and none is needed: `kb check` still checks, `ask` still
        # answers. /dev/null can hold nothing, so no command could write there by mistake.
        data_dir = os.devnull
    try:
        settings = Settings.from_env(
            env, kb_path=args.kb, data_dir=data_dir, for_discord=for_discord
        )
    except DataInsideKnowledge as exc:
        # Said with where each was set: `--kb ~/kb` under a default data directory in ~/kb
        # named only a directory the user never gave.
        kb_from = (_kb_set_by(args, dict(env)) or "the bundled one").split(";")[0]
        raise SettingsError(
            f"the data directory {shown_path(exc.data)} ({_data_set_by(args, dict(env))}) "
            f"must not be inside the knowledge directory {shown_path(exc.knowledge)} "
            f"({kb_from})"
        ) from None
    except SettingsError as exc:
        raise _say_where_set(exc, env) from None
    # The knowledge base first: `ask --kb notes.txt` created the data directory, then failed.
    kb_set_by = _kb_set_by(args, dict(env))
    if needs_kb and kb_set_by is not None:
        usable_kb_dir(settings.kb_path, kb_set_by)
    if uses_data and not without_home:
        usable_data_dir(
            settings.data_dir,
            writable=writes_data,
            set_by=_data_set_by(args, dict(env)),
            create=creates_data,
        )
    _log_settings(settings, args, env, uses_data=uses_data)
    return settings


def _log_settings(
    settings: Settings, args: argparse.Namespace, env: Mapping[str, str], *, uses_data: bool
) -> None:
    """`sendbot -v`: which knowledge base and data directory the command uses, and where
    each was set (never the token)."""
    kb_set_by = _kb_set_by(args, dict(env)) or "the bundled one"
    log.info("knowledge base %s (%s)", shown_path(settings.kb_path), kb_set_by.split(";")[0])
    if uses_data:
        data_set_by = _data_set_by(args, dict(env)).split(";")[0]
        log.info("data directory %s (%s)", shown_path(settings.data_dir), data_set_by)
