"""Argument parsing that keeps `sendbot`'s promises: one line and exit 2 for any bad usage,
the global options accepted before or after any subcommand, and argument values checked
before a command runs (text that is not valid UTF-8, numbers out of range)."""

from __future__ import annotations

import argparse
import difflib
import functools
import importlib.metadata
import os
import re
import shlex
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from sendbot.knowledge.verbatim import tidy_tag

USAGE_ERROR = 2
PROBLEM_CHARS = 500  # a problem or refusal is cut to this, as it may quote a huge value
MAX_PATH = 4096  # Linux's PATH_MAX: no longer path can be opened


@functools.cache  # one parent serves every subcommand: argparse only reads it
def global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--kb, --data and -v. On subcommands their default is SUPPRESS, so that leaving them out
    after the subcommand keeps what was given before it (`sendbot --kb K ask ...`)."""
    options = argparse.ArgumentParser(add_help=False)
    unset: Any = argparse.SUPPRESS if suppress else None
    options.add_argument(
        "--kb",
        metavar="DIR",
        default=unset,
        type=path_text,
        help="knowledge base directory (default: $SENDBOT_KB, else the bundled one)",
    )
    options.add_argument(
        "--data",
        metavar="DIR",
        default=unset,
        type=path_text,
        help="runtime data directory: history, backups, gaps, cache "
        "(default: $SENDBOT_DATA, else $XDG_DATA_HOME/sendbot, else ~/.local/share/sendbot)",
    )
    options.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS if suppress else 0,
        help="-v: say what the command reads and does (INFO) on standard error, and the "
        "full traceback of an unexpected error; -vv: debug logging too",
    )
    if suppress:
        # After a command too (`sendbot ask --version` said a question was required); listed
        # only in `sendbot --help`.
        options.add_argument(
            "--version", action="version", version=_version(), help=argparse.SUPPRESS
        )
    return options


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose subcommands (at any depth) take the global options too, and
    whose usage errors are one line on standard error with exit status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.pop("subcommand", True):
            kwargs.setdefault("parents", [global_options(suppress=True)])
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        asked = _question_for_a_command(message)
        if asked is not None:
            # `sendbot "how many special schools opened?"`: a question, not a mistyped command.
            self.exit(
                USAGE_ERROR,
                f"{self.prog}: to ask a question, give the ask command: "
                f"{self.prog} ask {asked} (see {self.prog} --help)\n",
            )
        if re.match(r"argument (KB_)?COMMAND: invalid choice: 'help' ", message):
            self.exit(
                USAGE_ERROR,
                f"{self.prog}: there is no help command: {self.prog} --help lists the "
                f"commands, {self.prog} COMMAND --help describes one\n",
            )
        # argparse quotes the offending value, which may be a megabyte long.
        message = _with_closest_command(message)
        self.exit(USAGE_ERROR, f"{self.prog}: {clip(message)} (see {self.prog} --help)\n")


_INVALID_COMMAND = re.compile(
    r"argument COMMAND: invalid choice: (['\"])(.*)\1 \(choose from", re.DOTALL
)
# The first word of a question typed without quotes: the rest arrive as other arguments.
_QUESTION_WORDS = frozenset(
    "how what who when where why which is are does do did can will has have".split()
)


def _question_for_a_command(message: str) -> str | None:
    """The question as it could be given to `ask`, shell-quoted, when what was given where
    the command goes reads as one (several words, a question mark, or a question word
    alone, the rest of it unquoted); None for a mistyped command name."""
    found = _INVALID_COMMAND.match(message)
    if found is None:
        return None
    given = clip(found.group(2), 100)
    if given.lower() in _QUESTION_WORDS:
        return f'"{given} ..."'
    if len(given.split()) < 2 and not given.endswith("?"):
        return None
    if any(char in given for char in '"$`\\!'):
        return shlex.quote(given)  # in double quotes, the shell would act on these
    return f'"{given}"'


_INVALID_CHOICE = re.compile(
    r"argument (?:KB_)?COMMAND: invalid choice: (['\"])(.{1,40})\1 \(choose from (.*)\)$", re.DOTALL
)


def _with_closest_command(message: str) -> str:
    """argparse's "invalid choice: 'aks' (choose from ...)" with the command meant, when one
    is close (Python 3.11's argparse suggests none): `sendbot aks`, `sendbot kb chek`."""
    found = _INVALID_CHOICE.match(message)
    if found is None:
        return message
    choices = re.findall(r"'([^']*)'", found.group(3))
    closest = difflib.get_close_matches(found.group(2).lower(), choices, n=1, cutoff=0.6)
    if not closest:
        return message
    return message.replace(" (choose from ", f": did you mean {closest[0]}? (choose from ", 1)


def _version() -> str:
    try:
        return f"sendbot {importlib.metadata.version('sendbot')}"
    except importlib.metadata.PackageNotFoundError:
        return "sendbot (version unknown: not installed)"


def top_parser(**kwargs: Any) -> CommandParser:
    parser = CommandParser(subcommand=False, parents=[global_options(suppress=False)], **kwargs)
    parser.add_argument("--version", action="version", version=_version())
    return parser


def shown_path(path: os.PathLike[str] | str) -> str:
    """A path as printed: bytes that are not UTF-8 shown as \\xff, the same everywhere."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _readable(value: str, what: str) -> str:
    # Arguments that are not valid UTF-8 arrive as lone surrogates; they cannot be printed,
    # written to YAML or compared with anything a user typed.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(f"{what} is not valid UTF-8") from None
    if "\0" in value:
        raise argparse.ArgumentTypeError(f"{what} contains a NUL character")
    return value


def text(value: str) -> str:
    """A text argument: valid UTF-8, no NUL."""
    return _readable(value, "the text")


def tag_text(value: str) -> str:
    """A tag as the knowledge file keeps it: `--tag "Special Schools"` is special-schools, as
    the Discord form reads it (the file's check refused upper case a moderator never meant)."""
    return tidy_tag(_readable(value, "the tag"))


def question_text(value: str) -> str:
    """A way of asking: text with a word in it. Blank, it is a usage error (exit 2), not a
    knowledge-file problem about a list entry the user never saw."""
    _readable(value, "the question")
    if not value.strip():
        raise argparse.ArgumentTypeError("the question is empty")
    return value


def path_text(value: str) -> str:
    """A path argument. Kept as text; the command says what is wrong with the file itself."""
    _readable(value, f"the path '{clip(shown_path(value), 200)}'")
    if not value:
        raise argparse.ArgumentTypeError("the path is empty")
    if len(value) > MAX_PATH:
        raise argparse.ArgumentTypeError(f"the path is over {MAX_PATH:,} characters long")
    return value


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def whole_number(least: int, most: int) -> Callable[[str], int]:
    """An int argument from `least` to `most`, with or without thousands separators: the help
    writes "(default 10,000)", and "--facts 10,000" copied from it was refused."""

    def parse(value: str) -> int:
        if _GROUPED.fullmatch(value.strip()):
            value = value.replace(",", "")
        try:
            number = int(value)
        except ValueError:
            number = least - 1
        if not least <= number <= most:
            raise argparse.ArgumentTypeError(f"must be a whole number from {least:,} to {most:,}")
        return number

    parse.__name__ = "whole number"
    return parse


def command_overview(parser: argparse.ArgumentParser, start: str) -> str:
    """What `sendbot` (or `sendbot kb`) given no command prints: the short usage, `start`
    (what to type first), each command with its one-line help, and where the rest is. A user
    who types the program's name alone is asking what it does, not making a mistake to be
    told of in one line."""
    formatter = parser._get_formatter()
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    formatter.add_text(start)
    commands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    formatter.start_section("commands")
    formatter.add_arguments(commands[0]._get_subactions() if commands else [])
    formatter.end_section()
    formatter.add_text(f"{parser.prog} COMMAND --help describes a command and its options.")
    return formatter.format_help()


def clip(message: str, most: int = 200) -> str:
    """`message` cut to `most` characters, on one line."""
    flat = " ".join(message.split())
    return flat if len(flat) <= most else flat[: most - 1] + "…"


def print_error(message: str) -> None:
    """One line on standard error, whatever characters `message` holds."""
    print(f"sendbot: {message}", file=sys.stderr)
