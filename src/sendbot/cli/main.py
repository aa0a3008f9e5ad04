"""Command line: `sendbot run | sync | chat | ask | trend | init | kb ... | bench`.

Builds settings and wires modules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import logging
import os
import sqlite3
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sendbot.answering.answer import MAX_QUESTION_LENGTH, QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.reply import Reply, reply_json
from sendbot.cli.common import (
    DRAFT_OUT_HELP,
    data_dir_unwritable,
    draft_out,
    installed_with_package,
    load_settings,
    served_knowledge,
)
from sendbot.cli.fetch import add_fetch_command
from sendbot.cli.guard import forgiving_streams, guarded, print_each_problem, print_problems
from sendbot.cli.kb import add_edit_commands
from sendbot.cli.kb_reviews import add_review_commands
from sendbot.cli.parsing import (
    USAGE_ERROR,
    CommandParser,
    clip,
    command_overview,
    path_text,
    print_error,
    text,
    top_parser,
    whole_number,
)
from sendbot.knowledge import whole_base
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import KnowledgeBase
from sendbot.settings import Settings, SettingsError, environment, user_path
from sendbot.storage.cache import ParseCache
from sendbot.storage.curation import fact_index_cache
from sendbot.storage.loader import display_path, load, load_indexed
from sendbot.storage.store import CACHE_DIR

log = logging.getLogger("sendbot")


def _not_about_voice(record: logging.LogRecord) -> bool:
    return "voice will NOT be supported" not in record.getMessage()


def _quiet_third_party() -> None:
    """Hide warnings about features sendbot does not use: they say nothing a user can act on.
    discord.py warns that voice needs PyNaCl and davey, and imports the deprecated audioop."""
    logging.getLogger("discord.client").addFilter(_not_about_voice)
    warnings.filterwarnings("ignore", r".*audioop.*", DeprecationWarning)


def _load_kb(settings: Settings) -> KnowledgeBase:
    return load(settings.kb_path, ParseCache(settings.data_dir / CACHE_DIR)).kb


def _load_index(settings: Settings) -> FactIndex:
    cache_dir = settings.data_dir / CACHE_DIR
    return load_indexed(
        settings.kb_path, build_index, ParseCache(cache_dir), fact_index_cache(cache_dir)
    )[1]


def _kb_check(args: argparse.Namespace) -> int:
    path = user_path(args.path) if args.path else load_settings(args, uses_data=False).kb_path
    holder = _knowledge_directory_holding(path)
    named = path if holder is not None and path.suffix in (".yaml", ".yml") else None
    if holder is not None:
        # A file cannot be checked alone (its quotes are checked against the documents in
        # sources/, its ids against the other files'): check the directory it belongs to.
        path = holder
        print(f"checking the knowledge directory {path}, which holds {args.path}")
    elif path.is_file():
        # "x.txt: is not a knowledge directory" did not say what `kb check` takes instead.
        print_problems(KnowledgeError([_a_file_not_a_directory(path)]))
        return 1
    _warn_of_unread_files(path)
    try:
        kb = load(path).kb
    except KnowledgeError as exc:
        return _print_problems_of(named, path, exc)
    whole = whole_base_problems(kb)
    if whole is not None:
        return _print_problems_of(named, path, whole)
    print(f"ok: {len(kb)} facts from {len(kb.sources)} source(s) in {path}")
    return 0


def _print_problems_of(named: Path | None, directory: Path, error: KnowledgeError) -> int:
    """The problems `kb check` reports: all of them for a directory, only the named file's for
    one knowledge file (a check of one file listed every other file's problems too), with a
    line saying how many the rest of its directory has."""
    if named is None:
        print_problems(error)
        return 1
    own = [problem for problem in error.problems if _same_file(problem.file, named)]
    elsewhere = len(error.problems) - len(own)
    if own:
        print_problems(KnowledgeError(own))
    if elsewhere:
        print(
            f"{elsewhere} problem(s) in other files of {display_path(directory)} "
            f"(`sendbot kb check {display_path(directory)}` lists them)",
            file=sys.stderr,
        )
    if not own:
        print(f"ok: {display_path(named)} has no problems of its own")
    return 1 if own else 0


def _same_file(shown: str, named: Path) -> bool:
    try:
        return Path(shown).resolve() == named.resolve()
    except (OSError, ValueError):
        return False


def whole_base_problems(kb: KnowledgeBase) -> KnowledgeError | None:
    """What `kb check` finds beyond what loading checks (knowledge.whole_base). Checked by
    `kb check` and `init --kb`, not on every load: it reads every document again."""
    shown = {f.source.id: display_path(Path(f.path)) for f in kb.files}
    problems = whole_base.whole_base_problems(kb, dt.date.today(), shown)
    return KnowledgeError(problems) if problems else None


def _warn_of_unread_files(directory: Path) -> None:
    """A knowledge file named NAME.yml is never read: "ok: 169 facts" hid that a new
    answer's facts were not there. A warning, not a problem: the bot serves the rest, and a
    service that runs `kb check` before starting would not start."""
    try:
        unread = sorted(directory.glob("*.yml")) if directory.is_dir() else []
        # A directory (or a FIFO, or a link to nothing) named NAME.yaml is skipped as well.
        named = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
        not_files = [path for path in named if not path.name.startswith(".") and not path.is_file()]
    except OSError:
        return
    for file in unread:
        print(
            f"warning: {display_path(file)} is not read: knowledge files end in .yaml "
            f"(rename it {file.stem}.yaml)",
            file=sys.stderr,
        )
    for path in not_files:
        what = "a directory" if path.is_dir() else "not a file"
        print(f"warning: {display_path(path)} is not read: it is {what}", file=sys.stderr)


def _knowledge_directory_holding(path: Path) -> Path | None:
    """The knowledge directory that `path` is part of (one of its YAML files, its sources/
    or a document there), or None for anything else."""
    if path.suffix in (".yaml", ".yml") and path.is_file():
        return path.parent
    sources = path if path.is_dir() else path.parent
    if path.exists() and sources.name == "sources" and any(sources.parent.glob("*.yaml")):
        return sources.parent
    return None


def _a_file_not_a_directory(path: Path) -> Problem:
    """A file given to `kb check` that is not part of a knowledge directory: what it takes
    instead, naming the file's folder when that folder holds YAML files."""
    try:
        beside_yaml = any(path.parent.glob("*.yaml"))
    except OSError:
        beside_yaml = False
    example = display_path(path.parent) if beside_yaml else "path/to/knowledge"
    return Problem(
        display_path(path),
        None,
        "",
        "is a file; `sendbot kb check` takes a knowledge directory (the folder holding the "
        f"YAML files), e.g. `sendbot kb check {example}`",
    )


def _kb_test(args: argparse.Namespace) -> int:
    from sendbot.answering.selftest import self_test
    from sendbot.cli.selftest_report import report_lines

    index = _load_index(load_settings(args, writes_data=False))
    report = self_test(index)
    for line in report_lines(report, index.kb, list_weak=args.verbose_weak):
        print(line)
    return 0 if report.ok else 1


def _kb_build(args: argparse.Namespace) -> int:
    from sendbot.storage.draft_file import build_draft

    out, as_directory = draft_out(args.out)
    return build_draft(
        Path(args.source),
        out,
        force=args.force,
        into_directory=as_directory,
        served=served_knowledge(args),
    )


def error_json(question: str, message: str) -> dict[str, object]:
    """`ask --json` for a question that could not be asked: the same fields as an answer,
    outcome `error`, and only the start of the question echoed back."""
    return {
        "question": clip(question, MAX_QUESTION_LENGTH),
        "answered": False,
        "outcome": "error",
        "text": message,
        "fact_id": None,
        "missing": None,
        "score": None,
        "citation": None,
        "as_of": None,
        "earlier": [],
        "suggestions": [],
    }


# `ask -` typed at a terminal would otherwise wait in silence, as if stuck.
TYPE_QUESTIONS = "sendbot: reading questions, one a line, until Ctrl-D (a prompt: sendbot chat)"


def _questions(args: argparse.Namespace) -> Iterable[str]:
    if args.question == ["-"]:
        from sendbot.cli.lines import bounded_lines

        if sys.stdin.isatty():
            print(TYPE_QUESTIONS, file=sys.stderr)
        yield from bounded_lines(sys.stdin)
    else:
        yield " ".join(args.question)


def _reply_or_refusal(
    index: FactIndex, question: str, today: dt.date, stale_months: int
) -> Reply | str:
    """The reply, or why the question cannot be asked (too long)."""
    from sendbot.cli.lines import CutLine

    if isinstance(question, CutLine):
        return question.too_long()
    try:
        return answer(index, question, today, stale_months)
    except QuestionTooLong as exc:
        return str(exc)


def _ask(args: argparse.Namespace) -> int:
    if len(args.question) > 1 and args.question[0] == "-":
        # `ask - more words` is a slip, not a question that starts with a dash.
        print(
            "sendbot ask: give - alone to read questions from standard input "
            "(see sendbot ask --help)",
            file=sys.stderr,
        )
        return 2
    # The data directory holds only a cache here: a read-only one still answers. The Discord
    # settings are checked too: a typo in .env should be found before `run` goes online.
    settings = load_settings(args, writes_data=False, for_discord=True)
    index = _load_index(settings)
    today = dt.date.today()
    from sendbot.cli.lines import NotText

    try:
        return _answer_each(args, index, today, settings.stale_months)
    except NotText as exc:
        print(f"sendbot ask: {exc}", file=sys.stderr)
        return USAGE_ERROR


def _answer_each(
    args: argparse.Namespace, index: FactIndex, today: dt.date, stale_months: int
) -> int:
    from_stdin = args.question == ["-"]
    asked = refused = 0
    for question in _questions(args):
        asked += 1
        reply = _reply_or_refusal(index, question, today, stale_months)
        if isinstance(reply, str) and not args.json and not from_stdin:
            print(reply, file=sys.stderr)
            return USAGE_ERROR
        if isinstance(reply, str):
            refused += 1
        if isinstance(reply, str) and not args.json:
            # One line of many: say why in its place, as the chat does, and go on to the next.
            print(f"{reply}\n", flush=True)
            continue
        if isinstance(reply, str):
            print(json.dumps(error_json(question, reply), ensure_ascii=False), flush=True)
        elif args.json:
            # `question` is the line asked, as every other line's: a long message read from
            # its last question would otherwise echo only that part (its `text` says which).
            answered = {**reply_json(reply), "question": question.strip()}
            print(json.dumps(answered, ensure_ascii=False), flush=True)
        elif from_stdin:
            # A blank line after each, as the chat from a pipe: replies run to several lines.
            print(f"{reply.text}\n", flush=True)
        else:
            print(reply.text)
    if refused:
        # One rule for every way of asking: a question that could not be asked is exit
        # status 2, as `ask QUESTION` gives it, after every other one is answered; its reply
        # (its JSON object, outcome `error`) says why, and this line says why the status.
        print(
            f"sendbot ask: {refused} of {asked} question(s) could not be asked "
            "(too long; its reply says why): exit status 2",
            file=sys.stderr,
        )
        return USAGE_ERROR
    return 0


def _chat(args: argparse.Namespace) -> int:
    from sendbot.cli.chat_records import ChatRecords, not_recording
    from sendbot.cli.terminal import chat
    from sendbot.storage.database import DatabaseError, has_state, knowledge_base_id, opened

    # The chat only reads the knowledge base: a data directory it cannot write costs the
    # records it keeps there for moderators, said in one line, not the answers. The Discord
    # settings are checked as `run` with a token would: a typo is found before going online.
    settings = load_settings(args, writes_data=False, for_discord=True)
    index = _load_index(settings)
    unwritable = data_dir_unwritable(args, settings)
    records = ChatRecords(settings.data_dir, base=knowledge_base_id(settings.kb_path))
    if unwritable is not None:
        not_recording(unwritable)
        records.recording = False
    elif has_state(settings.data_dir):
        # Like Discord, the terminal chat feeds `kb gaps` and `kb stats` in the data
        # directory. A damaged or newer database is said before the greeting, as `kb gaps`
        # says it, not at the first question the chat records; a disk that is full (or
        # cannot take SQLite's journal) only stops the recording.
        try:
            with opened(settings.data_dir):
                pass
        except DatabaseError as exc:
            if not isinstance(exc.__cause__, sqlite3.OperationalError):
                raise
            records.stop(exc)

    def ask(question: str) -> Reply:
        reply = answer(index, question, dt.date.today(), settings.stale_months)
        records.note(reply)
        return reply

    from sendbot.cli.lines import NotText

    try:
        return chat(ask, chat_greeting(index.kb))
    except NotText as exc:  # raised before the first line is asked: nothing was recorded
        print(f"sendbot chat: {exc}", file=sys.stderr)
        return USAGE_ERROR


def chat_greeting(kb: KnowledgeBase) -> str:
    """Two short lines before the first prompt: the sources are listed by `kb list`, not here
    (fifteen titles make a paragraph)."""
    sources = kb.sources
    dates = sorted(source.answered for source in sources)
    span = ""
    if dates and dates[0] != dates[-1]:
        span = f", {dates[0]:%B %Y} to {dates[-1]:%B %Y}"
    elif dates:
        span = f", {human_date(dates[0])}"
    plural = "" if len(sources) == 1 else "s"
    return (
        "Ask a question. Ctrl-C clears the line; Ctrl-D or 'quit' leaves.\n"
        f"sendbot: {len(kb)} facts from {len(sources)} source{plural}{span} "
        "(`sendbot kb list` lists them)."
    )


def _run(args: argparse.Namespace) -> int:
    # Without a token it is the chat, which needs no writable data directory; the bot does.
    if not load_settings(args, writes_data=False, for_discord=True).token:
        log.info("DISCORD_TOKEN is not set: starting the terminal chat instead")
        return _chat(args)
    settings = load_settings(args, for_discord=True)
    # A malformed token first, in its one line: the warning below came before it, as if
    # serving the installed copy were what stopped the bot.
    settings.require_token()
    if installed_with_package(settings.kb_path):
        log.warning(
            "answering from the knowledge base installed with sendbot (%s): /kb edits would be "
            "lost at the next upgrade; make an editable copy with `sendbot init DIR` and set "
            "SENDBOT_KB=DIR",
            settings.kb_path,
        )
    from sendbot.discord_app.client import run_discord

    return run_discord(settings)


def _sync(args: argparse.Namespace) -> int:
    from sendbot.discord_app.client import sync_discord

    return sync_discord(load_settings(args, for_discord=True))


def _trend(args: argparse.Namespace) -> int:
    from sendbot.cli.trend import list_measures, list_points, write_trend

    if args.out and not args.measure:  # a file asked for, and no chart to put in it
        print(
            "sendbot: trend --out names the chart of a MEASURE; give one "
            "(`sendbot trend --list` lists them)",
            file=sys.stderr,
        )
        return 2
    # It only reads the knowledge base: a data directory it cannot write (the parse cache
    # is then not saved) does not stop it, as it does not stop `ask`.
    settings = load_settings(args, writes_data=False)
    kb = _load_kb(settings)
    if not args.measure:
        return list_measures(kb)
    if args.list:
        if args.out:
            print(
                "sendbot: trend --list prints the points and writes no chart; drop --out",
                file=sys.stderr,
            )
            return 2
        return list_points(kb, args.measure)
    return write_trend(kb, args.measure, Path(args.out) if args.out else None)


def _init(args: argparse.Namespace) -> int:
    """A copy of the bundled knowledge base, or of the one --kb names. SENDBOT_KB does not
    choose it: set for a service, it would make `sendbot init /tmp/new-kb`, run there to
    compare with what a new version ships, copy the service's own base."""
    from sendbot.storage.knowledge_copy import copy_bundled_knowledge, copy_knowledge

    # `~` as --kb reads it: quoted, or from a script, it made a directory called `~` here.
    target = user_path(args.directory)
    # `sendbot --kb DIR init DIR` makes DIR, the base the other commands will be given.
    if not args.kb or _same_place(user_path(args.kb), target):
        status = copy_bundled_knowledge(target)
        served = environment().get("SENDBOT_KB")
        # The Dockerfile's `sendbot init /knowledge` with SENDBOT_KB=/knowledge makes that base.
        if status == 0 and served and not _same_place(user_path(served), target):
            print(f"(the bundled one, not SENDBOT_KB's {served}: give --kb to copy another)")
        return status
    settings = load_settings(args, uses_data=False)  # --kb names a directory, or exit 1
    try:
        # What init writes must pass `kb check`, not only load: a question under two facts
        # loads, and the copy then failed its first check.
        problems = whole_base_problems(load(settings.kb_path).kb)
        if problems is not None:
            raise problems
    except KnowledgeError as exc:
        print_each_problem(exc)
        print_error(
            f"nothing copied: the knowledge base {args.kb} (--kb) has "
            f"{len(exc.problems)} problem(s); fix them first"
        )
        return 1
    return copy_knowledge(target, settings.kb_path, named=True)


def _same_place(one: Path, other: Path) -> bool:
    # realpath, not Path.resolve: that raises RuntimeError on a symlink loop.
    return os.path.realpath(one) == os.path.realpath(other)


def _bench(args: argparse.Namespace) -> int:
    from sendbot.cli.bench import run_benchmark

    settings = load_settings(args, uses_data=False)
    return run_benchmark(settings.kb_path, facts=args.facts, questions=args.questions)


def _add_command(
    subparsers: Any, name: str, help: str, handler: Callable[[argparse.Namespace], int]
) -> CommandParser:
    """One subcommand whose help is also its description, run by `handler`."""
    sub: CommandParser = subparsers.add_parser(name, help=help, description=help)
    # The parser is kept so that an unknown option is reported by the command it was given to.
    sub.set_defaults(handler=handler, command_parser=sub)
    return sub


START_HINT = (
    "sendbot needs a command. To start: sendbot run (on Discord when DISCORD_TOKEN is set, "
    'otherwise a chat in this terminal), or sendbot ask "how many special schools opened?".'
)
CHAT_KEYS = (
    "At the prompt, type a question and press Enter ('help' says what to ask; /ask QUESTION "
    "works too). Ctrl-C clears the line; 'quit' or Ctrl-D leaves."
)
KB_START_HINT = "sendbot kb needs a command, e.g. sendbot kb check or sendbot kb list."


def build_parser() -> argparse.ArgumentParser:
    parser = top_parser(
        prog="sendbot",
        description="Answers questions about official statements with cited, verbatim facts. "
        "--kb, --data and -v work before or after the command.",
    )
    # Not required: `sendbot` alone prints the commands (main) rather than argparse's error.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(handler=None, command_parser=parser, start=START_HINT)

    command = functools.partial(_add_command, commands)

    command(
        "run",
        "run on Discord when DISCORD_TOKEN is set (environment or ./.env), "
        "otherwise the terminal chat; stops cleanly on Ctrl-C or SIGTERM",
        _run,
    )
    command(
        "sync",
        "log in to Discord, register the slash commands (in $SENDBOT_DEV_GUILD, "
        "else globally), list them and exit",
        _sync,
    )
    chat_command = command(
        "chat",
        "chat with the knowledge base in this terminal (one answer per line from a pipe); "
        "feeds kb gaps and kb stats",
        _chat,
    )
    # How to use and leave the prompt: said only by the opening line of an interactive chat.
    chat_command.epilog = CHAT_KEYS
    ask = command(
        "ask",
        "answer a question, or one question per line of standard input; exit status 2 when a "
        "question cannot be asked (too long), after answering every other one",
        _ask,
    )
    ask.add_argument("question", nargs="+", type=text, help="the question, or - for standard input")
    ask.add_argument(
        "--json",
        action="store_true",
        # The fields are listed from the error object, which has every field of an answer.
        help=f"one JSON object per question ({', '.join(error_json('', ''))}); "
        "outcome 'error' for a question that cannot be asked",
    )
    init = command(
        "init",
        "copy the bundled knowledge base (or the one --kb names) into DIRECTORY to edit it; "
        "then use --kb DIRECTORY or SENDBOT_KB=DIRECTORY",
        _init,
    )
    init.add_argument("directory", type=path_text, help="a new or empty directory")
    trend = command(
        "trend",
        "chart a measure's figures over time as an 800x450 PNG and print them; "
        "without a measure, list the measures; with a measure and --list, list its points",
        _trend,
    )
    trend.add_argument("measure", nargs="?", type=text, help="the measure, e.g. high-needs-budget")
    trend.add_argument(
        "--out",
        metavar="FILE.png|DIR",
        type=path_text,
        help="the PNG to write (a name ending in .png), or an existing directory for it "
        "(default: MEASURE.png)",
    )
    trend.add_argument(
        "--list",
        action="store_true",
        help="list the measures and how many points each has; with MEASURE, list that "
        "measure's points (period, figure, source and date) instead of drawing a chart",
    )
    bench = command(
        "bench",
        "measure answering latency, load time and memory on the knowledge base and on a "
        "generated one; marks each target met or missed",
        _bench,
    )
    bench.add_argument(
        "--facts",
        type=whole_number(1, 100_000),
        default=10_000,
        help="facts in the generated knowledge base (default 10,000)",
    )
    bench.add_argument(
        "--questions",
        type=whole_number(1, 100_000),
        default=2_000,
        help=(
            "questions asked of each knowledge base (default 2,000; the p99 targets are "
            "judged at 2,000 or more)"
        ),
    )

    kb = commands.add_parser(
        "kb",
        help="check, test and edit the knowledge base",
        description="check, test and edit "
        "the knowledge base; edits are validated, backed up and recorded in history, and can be "
        "undone (kb undo) and redone (kb redo)",
    )
    kb.set_defaults(handler=None, command_parser=kb, start=KB_START_HINT)
    kb_commands = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND")

    kb_command = functools.partial(_add_command, kb_commands)

    check = kb_command(
        "check", "validate a knowledge base directory; exit 1 on problems", _kb_check
    )
    check.add_argument(
        "path",
        nargs="?",
        type=path_text,
        help="directory to check, or one of its YAML files, its sources/ or a document there "
        "(default: --kb)",
    )
    test = kb_command(
        "test",
        "ask every fact's own questions as the bot replies to them; exit 1 if one is answered "
        "with another fact (a collision); ties and weak matches (a partial or declined reply) "
        "are reported, with how to fix them",
        _kb_test,
    )
    test.add_argument(
        "--weak", dest="verbose_weak", action="store_true", help="also list weak matches"
    )
    build = kb_command(
        "build",
        "draft knowledge files from a written answer copied from its web page, a page listing "
        "several answers, or the Written Questions API's JSON",
        _kb_build,
    )
    build.add_argument(
        "source", type=path_text, help="the page's text, or the API's JSON; - reads standard input"
    )
    build.add_argument(
        "--out",
        metavar="FILE|DIR",
        type=path_text,
        help=f"{DRAFT_OUT_HELP}, one per answer of a list page; its source goes into sources/ "
        "beside it",
    )
    build.add_argument("--force", action="store_true", help="overwrite existing files")
    add_fetch_command(kb_command)
    add_edit_commands(kb_command)
    add_review_commands(kb_command)
    return parser


# Built once: parsing does not change a parser, and building one costs more than parsing.
_parser = functools.cache(build_parser)


def unrecognized_text(unknown: Sequence[str], command_parser: argparse.ArgumentParser) -> str:
    """What was not understood. An option of the command itself that is left over was given
    before the command (`sendbot --json ask`), where only --kb, --data and -v go: say so."""
    own = {option for action in command_parser._actions for option in action.option_strings}
    misplaced = [arg for arg in unknown if arg.split("=", 1)[0] in own]
    if misplaced:
        return f"{misplaced[0]} goes after the command: {command_parser.prog} {misplaced[0]} ..."
    return f"unrecognized arguments: {' '.join(unknown)}"


def _no_command(parser: argparse.ArgumentParser, start: str) -> int:
    """`sendbot` or `sendbot kb` alone: what to type, on standard output (so that `sendbot |
    less` pages it), with exit status 2, as for any usage that ran no command: a script's
    `sendbot $COMMAND` with COMMAND unset must not count as success."""
    print(command_overview(parser, start), end="")  # nothing, when standard output is closed
    return USAGE_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    _quiet_third_party()
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # said by the command given, with its own --help
        command_parser = getattr(args, "command_parser", parser)
        command_parser.error(unrecognized_text(unknown, command_parser))
    forgiving_streams()
    if args.handler is None:  # guarded: its reader may be gone (`sendbot | head -1`)
        return guarded(lambda: _no_command(args.command_parser, args.start), verbose=False)
    _start_logging(args.verbose, service=args.handler in (_run, _sync))
    return guarded(lambda: int(args.handler(args)), verbose=bool(args.verbose))


def log_level(verbose: int, *, service: bool) -> int:
    """-v: INFO (what the command read and did), -vv: DEBUG; otherwise warnings only, as a
    command's own output says what came of it. The bot (`run`, `sync`) is a service, whose
    log is its output: INFO without -v."""
    if verbose >= 2:
        return logging.DEBUG
    if verbose == 1 or service:
        return logging.INFO
    return logging.WARNING


class HideSecret(logging.Filter):
    """Replaces `secret` (the bot's token) wherever it appears in a log line, arguments and
    traceback included: a -vv log pasted into an issue must not carry it."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if self.secret in message or self.secret in (record.exc_text or ""):
            record.msg, record.args = message.replace(self.secret, "[token]"), None
            record.exc_text = (record.exc_text or "").replace(self.secret, "[token]") or None
            record.exc_info = None  # a formatter would write the traceback again from it
        return True


VERBOSE_ONLY = ("sendbot.cli", "sendbot.storage.loader")


def _start_logging(verbose: int, *, service: bool) -> None:
    # Logs go to standard error so that standard output carries only answers (or JSON).
    level = log_level(verbose, service=service)
    if service:
        # The bot's log is one format, sendbot's lines and discord.py's alike.
        from sendbot.discord_app.log_format import start_bot_logging

        start_bot_logging(level, sys.stderr)
    else:
        logging.basicConfig(
            level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
        )
    try:
        token = environment().get("DISCORD_TOKEN", "").strip()
    except SettingsError:  # an unreadable ./.env: the command says so, in one line
        token = os.environ.get("DISCORD_TOKEN", "").strip()
    for handler in logging.getLogger().handlers:
        if token:
            handler.addFilter(HideSecret(token))
    # What a command read (settings, the base loaded) is for -v, even where INFO is on
    # without it (`run`): the bot's log starts as it did, and a bad token is one line.
    for name in VERBOSE_ONLY:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.WARNING)
    if verbose < 2:
        # Their INFO lines (a font cache built on first use; each request `kb fetch` makes)
        # tell a user nothing to act on: the command says what came of it.
        logging.getLogger("matplotlib").setLevel(logging.WARNING)
        logging.getLogger("httpx").setLevel(logging.WARNING)
    if not verbose:
        # Nor do matplotlib's warnings that it cannot write its config directory under a
        # read-only HOME (two long lines recommending MPLCONFIGDIR): the chart is drawn all
        # the same, with a temporary cache. -v shows them.
        logging.getLogger("matplotlib").setLevel(logging.ERROR)
