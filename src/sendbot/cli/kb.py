"""`sendbot kb add|edit|remove|alias|history|undo|gaps|stats|import`: the moderators' operations
for hosts without Discord access. Each write goes through the same validating store as
Discord's /kb (`sendbot.storage.store.KnowledgeStore`), with the same history, backups and undo."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from sendbot.knowledge.errors import KnowledgeError, StoreError
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.yamltext import MAX_BYTES
from sendbot.settings import Settings, environment
from sendbot.storage.gaps import AnswerStats, GapLog
from sendbot.storage.history import History, HistoryEntry
from sendbot.storage.store import KnowledgeStore, settle_interrupted_changes


def _refused(error: KnowledgeError | StoreError) -> int:
    """One line per problem on standard error; nothing was changed."""
    if isinstance(error, KnowledgeError):
        for problem in error.problems:
            print(problem, file=sys.stderr)
    else:
        print(f"refused: {error}", file=sys.stderr)
    return 1


def _open_store(settings: Settings) -> KnowledgeStore[KnowledgeBase]:
    return KnowledgeStore(settings.kb_path, settings.data_dir, keep_versions=settings.keep_versions)


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(environment(), kb_path=args.kb, data_dir=args.data)


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
    settings = _settings(args)
    try:
        store = KnowledgeStore(
            settings.kb_path, settings.data_dir, keep_versions=settings.keep_versions
        )
        entry = asyncio.run(change(store))
    except (KnowledgeError, StoreError) as exc:
        return _refused(exc)
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
    settings = _settings(args)
    for report in settle_interrupted_changes(settings.kb_path, settings.data_dir):
        print(f"warning: {report}", file=sys.stderr)
    entries = History(settings.data_dir).newest(args.fact_id, args.limit, before=args.before)
    for entry in entries:
        print(entry.describe())
    if not entries:
        print("no saved changes" + (f" to {args.fact_id}" if args.fact_id else ""))
    return 0


def _kb_gaps(args: argparse.Namespace) -> int:
    gaps = GapLog(_settings(args).data_dir).top(args.limit)
    for gap in gaps:
        suggested = f"  (offered: {', '.join(gap.suggested)})" if gap.suggested else ""
        print(f"{gap.count:>5}  {gap.last}  {gap.question}{suggested}")
    if not gaps:
        print("no unanswered questions recorded")
    return 0


def _kb_stats(args: argparse.Namespace) -> int:
    stats = AnswerStats(_settings(args).data_dir).stats(args.limit)
    print(f"answered {stats.answers}, declined {stats.abstains}")
    for fact_id, count in stats.top_facts:
        print(f"{count:>5}  {fact_id}")
    return 0


def _kb_import(args: argparse.Namespace) -> int:
    """Show what replacing a knowledge file with FILE would change; save it with --yes."""
    settings = _settings(args)
    path = Path(args.file)
    name = args.name or path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            print(f"refused: {path} is over the {MAX_BYTES:,}-byte limit", file=sys.stderr)
            return 1
        data = path.read_bytes()
    except OSError as exc:
        print(f"refused: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        store = KnowledgeStore(
            settings.kb_path, settings.data_dir, keep_versions=settings.keep_versions
        )
        revision = store.current.revision
        diff = store.preview_file(name, data)
    except (KnowledgeError, StoreError) as exc:
        return _refused(exc)
    for line in diff.lines():
        print(line)
    if not diff or not args.yes:
        if diff:
            print(f"not saved: add --yes to replace {name} with {path}")
        return 0
    return _save(
        args,
        lambda store: store.replace_file(name, data, actor=cli_actor(), expected_revision=revision),
    )


def _add_expect_revision(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="refuse the change unless the knowledge base is still at revision N",
    )


def add_edit_commands(kb_commands: Any) -> None:
    """Register the editing subcommands under `sendbot kb`."""
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
    history.add_argument(
        "--before", type=int, metavar="N", help="the page before change #N (older changes)"
    )
    history.set_defaults(handler=_kb_history)

    undo = kb_commands.add_parser("undo", help="revert the newest change not yet undone")
    _add_expect_revision(undo)
    undo.set_defaults(handler=_kb_undo)

    gaps = kb_commands.add_parser("gaps", help="questions the bot could not answer")
    gaps.add_argument("--limit", type=int, default=20)
    gaps.set_defaults(handler=_kb_gaps)

    stats = kb_commands.add_parser("stats", help="answers, refusals and the most asked facts")
    stats.add_argument("--limit", type=int, default=10)
    stats.set_defaults(handler=_kb_stats)

    imported = kb_commands.add_parser(
        "import", help="replace a knowledge file with FILE: shows the changes, saves with --yes"
    )
    imported.add_argument("file", help="a knowledge YAML file")
    imported.add_argument("--name", help="the knowledge file to replace (default: FILE's name)")
    imported.add_argument("--yes", action="store_true", help="save it")
    imported.set_defaults(handler=_kb_import)
