"""Command line: `sendbot run | chat | ask | kb ... | bench`. Builds settings and wires modules."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from bot.knowledge.errors import KnowledgeError, StoreError
from bot.knowledge.gaps import GapLog
from bot.knowledge.history import History, HistoryEntry
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.store import HISTORY_FILE, KnowledgeStore

DEFAULT_KB = Path(__file__).resolve().parent.parent / "knowledge"


def knowledge_path(cli_value: str | None) -> Path:
    """--kb beats SENDBOT_KB beats the knowledge base bundled with sendbot."""
    return Path(cli_value or os.environ.get("SENDBOT_KB") or DEFAULT_KB)


def _kb_check(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else knowledge_path(args.kb)
    try:
        kb = load_knowledge(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(kb)} facts from {len(kb.sources)} source(s) in {path}")
    return 0


def data_path(cli_value: str | None) -> Path:
    """--data beats SENDBOT_DATA beats a per-user folder; never inside the source tree."""
    if cli_value or os.environ.get("SENDBOT_DATA"):
        return Path(cli_value or os.environ["SENDBOT_DATA"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "sendbot"


def cli_actor() -> str:
    """Who history says made a change from the command line."""
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli:unknown"


Store = KnowledgeStore[KnowledgeBase]


def _save(
    args: argparse.Namespace, change: Callable[[Store], Coroutine[Any, Any, HistoryEntry]]
) -> int:
    """Open the store, make one change, report it; on refusal one line per problem, exit 1."""
    try:
        store = KnowledgeStore(knowledge_path(args.kb), data_path(args.data))
        entry = asyncio.run(change(store))
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    print(f"saved {entry.describe()}")
    return 0


def _kb_add(args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {
        "id": args.id,
        "statement": args.statement,
        "quote": args.quote,
        "questions": args.question,
        "as_of": args.as_of,
    }
    if args.title:
        fields["title"] = args.title
    if args.tag:
        fields["tags"] = args.tag
    return _save(
        args,
        lambda store: store.add_fact(
            args.source, fields, actor=cli_actor(), expected_revision=args.expect_revision
        ),
    )


def _kb_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        name: value
        for name, value in (
            ("title", args.title),
            ("statement", args.statement),
            ("quote", args.quote),
            ("as_of", args.as_of),
            ("tags", args.tag),
        )
        if value is not None
    }
    if not changes and not args.add_question:
        print("refused: nothing to change; give --statement, --quote, ... ", file=sys.stderr)
        return 1
    return _save(
        args,
        lambda store: store.edit_fact(
            args.fact_id,
            changes,
            add_questions=args.add_question or (),
            actor=cli_actor(),
            expected_revision=args.expect_revision,
        ),
    )


def _kb_remove(args: argparse.Namespace) -> int:
    if not args.yes:
        print(f"refused: add --yes to really remove {args.fact_id!r}", file=sys.stderr)
        return 1
    return _save(
        args,
        lambda store: store.remove_fact(
            args.fact_id, actor=cli_actor(), expected_revision=args.expect_revision
        ),
    )


def _kb_alias(args: argparse.Namespace) -> int:
    return _save(
        args,
        lambda store: store.add_alias(
            args.fact_id, args.question, actor=cli_actor(), expected_revision=args.expect_revision
        ),
    )


def _kb_undo(args: argparse.Namespace) -> int:
    return _save(
        args,
        lambda store: store.undo(cli_actor(), expected_revision=args.expect_revision),
    )


def _kb_history(args: argparse.Namespace) -> int:
    # Read straight from the log, so history still shows while the knowledge base is broken.
    entries = History(data_path(args.data) / HISTORY_FILE).newest(args.fact_id, args.limit)
    for entry in entries:
        print(entry.describe())
    if not entries:
        print("no saved changes" + (f" to {args.fact_id}" if args.fact_id else ""))
    return 0


def _kb_gaps(args: argparse.Namespace) -> int:
    gaps = GapLog(data_path(args.data)).top(args.limit)
    for gap in gaps:
        suggested = f"  (offered: {', '.join(gap.suggested)})" if gap.suggested else ""
        print(f"{gap.count:>5}  {gap.last}  {gap.question}{suggested}")
    if not gaps:
        print("no unanswered questions recorded")
    return 0


def _add_expect_revision(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="refuse the change unless the knowledge base is still at revision N",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sendbot", description=__doc__)
    parser.add_argument("--kb", help="knowledge base directory (default: $SENDBOT_KB or bundled)")
    parser.add_argument(
        "--data",
        help="runtime data directory: history, backups, logs "
        "(default: $SENDBOT_DATA or $XDG_DATA_HOME/sendbot)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    kb = commands.add_parser("kb", help="check and edit the knowledge base")
    kb_commands = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_commands.add_parser("check", help="validate a knowledge base directory")
    check.add_argument("path", nargs="?", help="directory to check (default: --kb)")
    check.set_defaults(handler=_kb_check)

    add = kb_commands.add_parser("add", help="add a fact quoted from a source")
    add.add_argument("--source", required=True, help="id of the source the quote is from")
    add.add_argument("--id", required=True, help="the new fact's id (lowercase-with-hyphens)")
    add.add_argument("--title", help="short label for lists")
    add.add_argument("--statement", required=True, help="what the bot says")
    add.add_argument("--quote", required=True, help="verbatim words from the source")
    add.add_argument(
        "--question", action="append", required=True, help="a way of asking (repeatable)"
    )
    add.add_argument("--tag", action="append", help="a tag (repeatable)")
    add.add_argument("--as-of", required=True, help="date the fact holds for, like 2024-02-08")
    _add_expect_revision(add)
    add.set_defaults(handler=_kb_add)

    edit = kb_commands.add_parser("edit", help="change fields of a fact")
    edit.add_argument("fact_id")
    edit.add_argument("--title")
    edit.add_argument("--statement")
    edit.add_argument("--quote")
    edit.add_argument("--as-of")
    edit.add_argument("--add-question", action="append", help="another way of asking (repeatable)")
    edit.add_argument("--tag", action="append", help="replace the tags (repeatable)")
    _add_expect_revision(edit)
    edit.set_defaults(handler=_kb_edit)

    remove = kb_commands.add_parser("remove", help="remove a fact")
    remove.add_argument("fact_id")
    remove.add_argument("--yes", action="store_true", help="really remove it")
    _add_expect_revision(remove)
    remove.set_defaults(handler=_kb_remove)

    alias = kb_commands.add_parser("alias", help="add a way of asking for a fact")
    alias.add_argument("fact_id")
    alias.add_argument("question")
    _add_expect_revision(alias)
    alias.set_defaults(handler=_kb_alias)

    history = kb_commands.add_parser("history", help="show saved changes, newest first")
    history.add_argument("fact_id", nargs="?", help="only changes to this fact")
    history.add_argument("--limit", type=int, default=20)
    history.set_defaults(handler=_kb_history)

    undo = kb_commands.add_parser("undo", help="revert the newest change not yet undone")
    _add_expect_revision(undo)
    undo.set_defaults(handler=_kb_undo)

    gaps = kb_commands.add_parser("gaps", help="questions the bot could not answer")
    gaps.add_argument("--limit", type=int, default=20)
    gaps.set_defaults(handler=_kb_gaps)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args))
