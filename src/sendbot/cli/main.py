"""Command line: `sendbot run | sync | chat | ask | trend | kb ... | bench`.

Builds settings and wires modules.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.match import FactIndex, build_index
from sendbot.answering.reply import Reply, reply_json
from sendbot.cli.fetch import add_fetch_command
from sendbot.cli.kb import add_edit_commands
from sendbot.knowledge.errors import KnowledgeError
from sendbot.settings import Settings, SettingsError, environment
from sendbot.storage.cache import ParseCache
from sendbot.storage.database import DatabaseError
from sendbot.storage.loader import load_knowledge
from sendbot.storage.store import CACHE_DIR

log = logging.getLogger("sendbot")


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(environment(), kb_path=args.kb, data_dir=args.data)


def _print_problems(error: KnowledgeError) -> None:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    print(f"{len(error.problems)} problem(s) found", file=sys.stderr)


def _load_index(settings: Settings) -> FactIndex:
    return build_index(load_knowledge(settings.kb_path, ParseCache(settings.data_dir / CACHE_DIR)))


def _kb_check(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else _settings(args).kb_path
    try:
        kb = load_knowledge(path)
    except KnowledgeError as exc:
        _print_problems(exc)
        return 1
    print(f"ok: {len(kb)} facts from {len(kb.sources)} source(s) in {path}")
    return 0


def _kb_test(args: argparse.Namespace) -> int:
    from sendbot.answering.selftest import self_test

    report = self_test(_load_index(_settings(args)))
    for collision in report.collisions:
        print(f"collision: {collision}")
    for weak in report.weak if args.verbose_weak else ():
        print(f"weak: {weak}")
    print(report.summary())
    return 0 if report.ok else 1


def _kb_build(args: argparse.Namespace) -> int:
    from sendbot.storage.draft_file import build_draft

    return build_draft(Path(args.source), Path(args.out) if args.out else None, force=args.force)


def _questions(args: argparse.Namespace) -> Iterable[str]:
    if args.question == ["-"]:
        for line in sys.stdin:
            yield line.rstrip("\n")
    else:
        yield " ".join(args.question)


def _ask(args: argparse.Namespace) -> int:
    index = _load_index(_settings(args))
    for question in _questions(args):
        if args.json:
            try:
                payload = reply_json(answer(index, question))
            except QuestionTooLong as exc:
                payload = {"question": question, "answered": False, "error": str(exc)}
            print(json.dumps(payload, ensure_ascii=False), flush=True)
            continue
        try:
            print(answer(index, question).text)
        except QuestionTooLong as exc:
            print(exc, file=sys.stderr)
            return 2
    return 0


def _chat(args: argparse.Namespace) -> int:
    from sendbot.answering.misses import GapMisses, note_reply
    from sendbot.cli.terminal import chat
    from sendbot.storage.gaps import AnswerStats, GapLog

    settings = _settings(args)
    index = _load_index(settings)
    # Like Discord, the terminal chat feeds `kb gaps` and `kb stats` in the data directory.
    misses, stats = GapMisses(GapLog(settings.data_dir)), AnswerStats(settings.data_dir)

    def count(fact_id: str | None) -> None:
        if fact_id is None:
            stats.record_abstain()
        else:
            stats.record_answer(fact_id)

    def ask(question: str) -> Reply:
        reply = answer(index, question)
        note_reply(reply, count=count, miss=misses.record)
        return reply

    titles = "; ".join(source.title for source in index.kb.sources)
    greeting = (
        f"sendbot: {len(index.kb)} facts from {titles}.\n"
        "Ask a question (Ctrl-D or 'quit' to leave)."
    )
    return chat(ask, greeting)


def _run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not settings.token:
        log.info("DISCORD_TOKEN is not set: starting the terminal chat instead")
        return _chat(args)
    from sendbot.discord_app.client import run_discord

    return run_discord(settings)


def _sync(args: argparse.Namespace) -> int:
    from sendbot.discord_app.client import sync_discord

    return sync_discord(_settings(args))


def _trend(args: argparse.Namespace) -> int:
    from sendbot.cli.trend import list_measures, write_trend

    settings = _settings(args)
    kb = load_knowledge(settings.kb_path, ParseCache(settings.data_dir / CACHE_DIR))
    if args.list or not args.measure:
        return list_measures(kb)
    return write_trend(kb, args.measure, Path(args.out) if args.out else None)


def _bench(args: argparse.Namespace) -> int:
    from sendbot.cli.bench import run_benchmark

    return run_benchmark(_settings(args).kb_path, facts=args.facts, questions=args.questions)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sendbot", description="Answers questions about official statements with cited facts."
    )
    parser.add_argument("--kb", help="knowledge base directory (default: $SENDBOT_KB or bundled)")
    parser.add_argument(
        "--data",
        help="runtime data directory: history, backups, logs "
        "(default: $SENDBOT_DATA or $XDG_DATA_HOME/sendbot)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run on Discord, or the terminal chat without a token")
    run.set_defaults(handler=_run)
    sync = commands.add_parser(
        "sync", help="register the slash commands with Discord ($SENDBOT_DEV_GUILD or global)"
    )
    sync.set_defaults(handler=_sync)
    chat = commands.add_parser("chat", help="chat with the knowledge base in the terminal")
    chat.set_defaults(handler=_chat)
    ask = commands.add_parser("ask", help="answer one question ('-' reads one per line)")
    ask.add_argument("question", nargs="+", help="the question, or - for standard input")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.set_defaults(handler=_ask)
    trend = commands.add_parser(
        "trend", help="chart a measure's figures over time as a PNG (no measure: list them)"
    )
    trend.add_argument("measure", nargs="?", help="the measure, e.g. high-needs-budget")
    trend.add_argument("--out", help="the PNG to write (default: MEASURE.png)")
    trend.add_argument("--list", action="store_true", help="list the measures and their points")
    trend.set_defaults(handler=_trend)
    bench = commands.add_parser("bench", help="measure answering speed, load time and memory")
    bench.add_argument("--facts", type=int, default=10_000, help="size of the generated base")
    bench.add_argument("--questions", type=int, default=2_000, help="questions per run")
    bench.set_defaults(handler=_bench)

    kb = commands.add_parser("kb", help="check and edit the knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_commands.add_parser("check", help="validate a knowledge base directory")
    check.add_argument("path", nargs="?", help="directory to check (default: --kb)")
    check.set_defaults(handler=_kb_check)
    test = kb_commands.add_parser(
        "test", help="run every fact's questions through the matcher: collisions, weak matches"
    )
    test.add_argument("--weak", dest="verbose_weak", action="store_true", help="list weak ones")
    test.set_defaults(handler=_kb_test)
    build = kb_commands.add_parser("build", help="draft a knowledge file from a written answer")
    build.add_argument("source", help="text of a written answer, as copied from its web page")
    build.add_argument("--out", help="write the draft here, its source into sources/ beside it")
    build.add_argument("--force", action="store_true", help="overwrite existing files")
    build.set_defaults(handler=_kb_build)
    add_fetch_command(kb_commands)
    add_edit_commands(kb_commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Logs go to standard error so that standard output carries only answers (or JSON).
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.handler(args))
    except KnowledgeError as exc:
        _print_problems(exc)
        return 1
    except SettingsError as exc:
        print(f"sendbot: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        print(f"sendbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
