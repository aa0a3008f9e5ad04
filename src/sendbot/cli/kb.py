"""`sendbot kb list|add|edit|remove|alias|history|undo|redo|gaps|stats|import`: the moderators'
operations for hosts without Discord access. Each write goes through the same validating store as
Discord's /kb (`sendbot.storage.store.KnowledgeStore`), with the same history, backups, undo and
redo."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import difflib
import getpass
import posixpath
import sys
from collections.abc import Callable, Coroutine, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.cli.common import history_read_from, installed_with_package, load_settings
from sendbot.cli.guard import print_each_problem
from sendbot.cli.history_elsewhere import none_saved_here
from sendbot.cli.parsing import (
    PROBLEM_CHARS,
    USAGE_ERROR,
    clip,
    path_text,
    question_text,
    shown_path,
    tag_text,
    text,
    whole_number,
)
from sendbot.cli.reverted import reverted_lines
from sendbot.knowledge.errors import (
    AliasNotAQuestion,
    DocumentClash,
    FactNotFound,
    InvalidChange,
    KnowledgeError,
    NothingToDo,
    NothingToRedo,
    NothingToUndo,
    StoreError,
)
from sendbot.knowledge.future_dates import after_today
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.parse import MAX_REVISION
from sendbot.knowledge.renamed_copy import original_of
from sendbot.knowledge.yamltext import MAX_BYTES
from sendbot.settings import Settings
from sendbot.storage.bounded import read_at_most
from sendbot.storage.curation import open_store
from sendbot.storage.database import has_state, knowledge_base_id
from sendbot.storage.gaps import AnswerStats, GapLog
from sendbot.storage.history import History, HistoryEntry, another_base_text
from sendbot.storage.loader import load
from sendbot.storage.store import SOURCES_DIR, KnowledgeStore, interrupted_changes

if TYPE_CHECKING:
    from sendbot.answering.selftest import Collision

Handler = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, str, Handler], argparse.ArgumentParser]


def _refused(error: KnowledgeError | StoreError, where: str = "") -> int:
    """One line per problem on standard error; nothing was changed. `where`: where the
    history was read, said after nothing to undo or redo."""
    if isinstance(error, KnowledgeError):
        print_each_problem(error)
    elif isinstance(error, NothingToDo):
        # Not refused: there was nothing to do. Still exit 1, as nothing was changed. With
        # no change found at all, where it was looked for: another --data may hold them.
        print(f"{error}{where if error.none_found else ''}", file=sys.stderr)
    else:
        # Clipped: the refusal may quote the value given, which may be a megabyte long.
        print(clip(f"refused: {error}", PROBLEM_CHARS), file=sys.stderr)
    return 1


def _no_such_fact(kb: KnowledgeBase, fact_id: str, said: str = "refused: ") -> int:
    """Refuse an unknown fact id, naming the ids it is a typo of, if any, and where to see
    them all: the moderator typed an id, and `kb list` is the only other place to find it."""
    close = difflib.get_close_matches(fact_id, [fact.id for fact in kb.facts], n=3, cutoff=0.8)
    guess = f"; did you mean {', '.join(close)}?" if close else ""
    print(
        f"{said}there is no fact with id {clip(fact_id, 100)!r}{guess}"
        " (`sendbot kb list` lists them all)",
        file=sys.stderr,
    )
    return 1


def _unknown_fact_in_history(kb_path: Path, fact_id: str) -> bool:
    """Whether `kb history FACT` found nothing because FACT is no fact of the base: "no
    saved changes to special-schols-opened" (exit 0) read as if that fact had none. A base
    that does not load cannot tell, and history still shows without it."""
    try:
        kb = load(kb_path).kb
    except (KnowledgeError, OSError):
        return False
    if kb.fact(fact_id) is not None:
        return False
    _no_such_fact(kb, fact_id, said="no saved changes: ")
    return True


class PackagedKnowledge(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is the copy installed with sendbot; make an editable one with "
            "`sendbot init DIR`, then use --kb DIR or SENDBOT_KB=DIR"
        )


def _open_store(settings: Settings) -> KnowledgeStore[FactIndex]:
    """The store the bot opens (storage.curation.open_store); never the installed copy."""
    if installed_with_package(settings.kb_path):
        raise PackagedKnowledge(settings.kb_path)
    return open_store(settings)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args)


def cli_actor() -> str:
    """Who history says made a change from the command line."""
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli:unknown"


Store = KnowledgeStore[FactIndex]


def _save(
    args: argparse.Namespace,
    change: Callable[[Store], Coroutine[Any, Any, HistoryEntry]],
    settings: Settings | None = None,
    where: str = "",
) -> int:
    """Open the store, make one change, report it; on refusal one line per problem, exit 1."""
    try:
        store = _open_store(settings or _settings(args))
        entry = asyncio.run(change(store))
    except FactNotFound as exc:  # raised by the change, so the store is open
        return _no_such_fact(store.current.kb, exc.fact_id)
    except (KnowledgeError, StoreError) as exc:
        return _refused(exc, where)
    print(f"saved {entry.describe()}")
    if entry.action in ("undo", "redo"):
        print("\n".join(reverted_lines(entry)))
    # Undo and redo act on this base's changes: one who expected the newest change in the
    # data directory undone learns that it belongs to another base.
    other = store.newest_of_another_base(entry.seq) if entry.action in ("undo", "redo") else None
    if other is not None:
        print(f"note: {another_base_text(other)}", file=sys.stderr)
    return 0


def _refuse_future_as_of(as_of: str | None) -> int | None:
    """Exit 1 with one line when --as-of is after today, as `kb check` refuses it in a file;
    None otherwise (a date that is not one is left to the store's own refusal)."""
    try:
        date = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError:
        return None
    if date is None or (future := after_today(date, dt.date.today())) is None:
        return None
    print(f"refused: --as-of {future}", file=sys.stderr)
    return 1


def _kb_add(args: argparse.Namespace) -> int:
    if (refused := _refuse_future_as_of(args.as_of)) is not None:
        return refused
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
    if not args.force:
        refused = _refuse_collisions(
            args, lambda kb: _new_fact_collisions(kb, args.source, fields), "those phrasings"
        )
        if refused is not None:
            return refused
    return _save(
        args,
        lambda store: store.add_fact(
            args.source, fields, actor=cli_actor(), expected_revision=args.expect_revision
        ),
    )


def _kb_edit(args: argparse.Namespace) -> int:
    if (refused := _refuse_future_as_of(args.as_of)) is not None:
        return refused
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
        # A slip in the command line, not a refused change: exit 2, as argparse gives.
        print(
            "sendbot kb edit: nothing to change: give one or more of --title, --statement, "
            "--quote, --as-of, --add-question, --tag (see sendbot kb edit --help)",
            file=sys.stderr,
        )
        return USAGE_ERROR
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
        # Say first whether there is such a fact, and which it is, before asking to confirm.
        kb = load(_settings(args).kb_path).kb
        fact = kb.fact(args.fact_id)
        if fact is None:
            return _no_such_fact(kb, args.fact_id)
        print(
            f"refused: add --yes to really remove {args.fact_id!r} ({clip(fact.label, 100)})",
            file=sys.stderr,
        )
        return 1
    return _save(
        args,
        lambda store: store.remove_fact(
            args.fact_id, actor=cli_actor(), expected_revision=args.expect_revision
        ),
    )


def _collisions_made(
    kb: KnowledgeBase, fact_id: str, question: str, force: bool
) -> list[Collision]:
    """Why adding `question` to `fact_id` would collide with another fact (see `kb test`);
    none when forced. A phrasing taken for chat even then ("hello") raises
    `AliasNotAQuestion`, forced or not: no one typing it would get the fact."""
    from sendbot.answering.selftest import check_alias

    checked = check_alias(build_index(kb), fact_id, question, force=force)
    if checked.chat is not None:
        raise AliasNotAQuestion(question, fact_id, checked.chat.value)
    return checked.collisions


def _new_fact_collisions(
    kb: KnowledgeBase, source_id: str, fields: Mapping[str, Any]
) -> list[Collision]:
    """Why adding this fact would collide with another (see `kb test`): one of its questions
    answered with, or tied with, another fact, or another fact's question taken by it."""
    from sendbot.answering.ranking import rank
    from sendbot.answering.selftest import self_test
    from sendbot.knowledge import edits

    change = edits.add_fact(kb, source_id, dict(fields))
    (new,) = (fact for fact in change.kb if kb.fact(fact.id) is None)
    after = build_index(change.kb)
    # Only the facts its questions are close to can collide with it.
    near = {new.id}
    for question in new.questions:
        near |= {after.facts[c.position].id for c in rank(after, question).candidates}
    before = self_test(build_index(kb), near - {new.id})
    old = {*before.collisions, *before.ties}
    now = self_test(after, near)
    return [c for c in (*now.collisions, *now.ties) if c not in old]


def _refuse_collisions(
    args: argparse.Namespace, collisions_in: Callable[[KnowledgeBase], list[Collision]], what: str
) -> int | None:
    """Exit 1 with each collision or tie the change would make, or None when it makes none.
    Read only: a refused change leaves the data directory as it was."""
    from sendbot.cli.selftest_report import problem_line

    try:
        settings = _settings(args)
        if installed_with_package(settings.kb_path):
            raise PackagedKnowledge(settings.kb_path)
        kb = load(settings.kb_path).kb
        collisions = collisions_in(kb)
    except FactNotFound as exc:  # raised while checking, so the base is loaded
        return _no_such_fact(kb, exc.fact_id)
    except (KnowledgeError, StoreError) as exc:
        return _refused(exc)
    if not collisions:
        return None
    for collision in collisions:
        print(problem_line(collision), file=sys.stderr)
    print(f"refused: {what} would collide with another fact; add --force to save it anyway",
          file=sys.stderr)  # fmt: skip
    return 1


def _kb_alias(args: argparse.Namespace) -> int:
    refused = _refuse_collisions(
        args,
        lambda kb: _collisions_made(kb, args.fact_id, args.question, args.force),
        "that phrasing",
    )
    if refused is not None:
        return refused
    saved = _save(
        args,
        lambda store: store.add_alias(
            args.fact_id, args.question, actor=cli_actor(), expected_revision=args.expect_revision
        ),
    )
    if saved == 0:
        _note_if_still_unanswered(args)
    return saved


def _note_if_still_unanswered(args: argparse.Namespace) -> None:
    """Say on standard error when the saved phrasing, asked now, is still not answered with
    its fact: "saved" alone reads as if it now were."""
    from sendbot.storage.alias_check import still_unanswered

    index = build_index(load(_settings(args).kb_path).kb)
    why = still_unanswered(index, args.fact_id, args.question)
    if why:
        print(f"note: asked now, {args.question!r} is still not answered with {args.fact_id}: "
              f"{why} `sendbot kb undo` takes it out again if it is not what the fact says.",
              file=sys.stderr)  # fmt: skip


def _kb_list(args: argparse.Namespace) -> int:
    """Sources, then facts, with the ids that `kb add --source`, `edit` and `alias` take."""
    kb = load(load_settings(args, uses_data=False).kb_path).kb
    for knowledge_file in kb.files:
        source, facts = knowledge_file.source, knowledge_file.facts
        print(f"source {source.id}  ({len(facts)} facts)  {source.title}")
        for fact in facts:
            print(f"  {fact.id}  {fact.label}")
    return 0


def _kb_undo(args: argparse.Namespace) -> int:
    return _undo_or_redo(
        args,
        NothingToUndo(),
        lambda store: store.undo(cli_actor(), expected_revision=args.expect_revision),
    )


def _kb_redo(args: argparse.Namespace) -> int:
    return _undo_or_redo(
        args,
        NothingToRedo(),
        lambda store: store.redo(cli_actor(), expected_revision=args.expect_revision),
    )


def _undo_or_redo(
    args: argparse.Namespace,
    nothing: NothingToUndo | NothingToRedo,
    change: Callable[[Store], Coroutine[Any, Any, HistoryEntry]],
) -> int:
    """Undo or redo; with no history in the data directory (it is missing, or holds no
    state), `nothing` to do is said and nothing is created: opening the store would have made
    the directory, its database, backups/ and cache/ only to report that."""
    settings = load_settings(args, creates_data=False)
    if installed_with_package(settings.kb_path):
        return _refused(PackagedKnowledge(settings.kb_path))  # said first, as for any change
    if not has_state(settings.data_dir):
        return _refused(nothing, where=history_read_from(args, settings))
    return _save(args, change, settings, where=history_read_from(args, settings))


def _kb_history(args: argparse.Namespace) -> int:
    # Read straight from the log, so history still shows while the knowledge base is broken;
    # a read writes nothing, not even the data directory.
    settings = load_settings(args, writes_data=False, creates_data=False, needs_kb=False)
    interrupted = interrupted_changes(settings.kb_path, settings.data_dir)
    for report in interrupted.reports:
        print(f"warning: {report}", file=sys.stderr)
    # Only this base's changes: one data directory may serve several (`--kb OTHER`).
    history = History(settings.data_dir, knowledge_base_id(settings.kb_path))
    # One more than asked for, to know whether an older page exists.
    found = history.newest(args.fact_id, args.limit + 1, before=args.before, also=interrupted.made)
    entries = found[: args.limit]
    for entry in entries:
        print(entry.describe())
    if not entries:
        mistyped = args.fact_id and args.before is None
        if mistyped and _unknown_fact_in_history(settings.kb_path, args.fact_id):
            return 1
        # `--before 1` found none older: "no saved changes" read as if history were empty.
        nothing = (
            "no saved changes"
            + (f" to {clip(args.fact_id, 100)}" if args.fact_id else "")
            + (f" before #{args.before}" if args.before is not None else "")
        )
        print(none_saved_here(history, settings, nothing, args.fact_id) or nothing)
        if not (history.newest(limit=1) or history.of_other_bases()):
            # None at all: say where it looked, as another --data may hold them.
            print(history_read_from(args, settings).strip(" ()"), file=sys.stderr)
    elif len(found) > args.limit:
        print(f"older changes: add --before {entries[-1].seq}", file=sys.stderr)
    _say_what_was_left_out(history, entries, args.fact_id, settings)
    return 0


def _say_what_was_left_out(
    history: History, shown: list[HistoryEntry], fact_id: str | None, settings: Settings
) -> None:
    """Changes to other bases served with this data directory are left out: say how many,
    and which of those shown were recorded before sendbot noted the base (every base's)."""
    others = history.of_other_bases(fact_id)
    if others:
        print(
            f"{others} change(s) to other knowledge bases recorded in "
            f"{shown_path(settings.data_dir)} left out (this is {shown_path(settings.kb_path)}); "
            "change numbers count every change recorded there, so they skip those, while "
            "revisions are this knowledge base's own",
            file=sys.stderr,
        )
    unknown = [f"#{entry.seq}" for entry in shown if entry.base is None]
    if unknown and others:
        print(
            f"{clip(', '.join(unknown), 100)}: recorded before sendbot noted the knowledge "
            "base, shown for every base",
            file=sys.stderr,
        )


GAPS_RECORDED_BY = "questions are recorded by the Discord bot and `sendbot chat`, not by `ask`"


def _kb_gaps(args: argparse.Namespace) -> int:
    """The questions asked of this knowledge base (and those recorded before bases were
    noted); those of other bases served with the same data directory are counted, not listed."""
    settings = load_settings(args, writes_data=False, creates_data=False, needs_kb=False)
    log = GapLog(settings.data_dir, base=knowledge_base_id(settings.kb_path))
    gaps = log.top(args.limit)
    where = f"asked of {shown_path(settings.kb_path)}, recorded in {shown_path(settings.data_dir)}"
    if not gaps:
        print(f"no unanswered questions ({where})")
        # Someone trying sendbot out runs `ask` a few times, then this, and finds nothing.
        print(GAPS_RECORDED_BY)
    else:
        print(f"unanswered questions, most asked first ({where}):")
    for gap in gaps:
        suggested = f"  (offered: {', '.join(gap.suggested)})" if gap.suggested else ""
        print(f"{gap.count:>5}  {gap.last}  {gap.question}{suggested}")
    others = log.of_other_bases()
    if others:
        print(f"{others} question(s) asked of other knowledge bases left out", file=sys.stderr)
    return 0


def _kb_stats(args: argparse.Namespace) -> int:
    """Counts are recorded per data directory, not per knowledge base: say so, and mark the
    facts the knowledge base in use (which must load, as for every kb command) does not have."""
    settings = load_settings(args, writes_data=False, creates_data=False)
    kb = load(settings.kb_path).kb
    stats = AnswerStats(settings.data_dir).stats(args.limit)
    print(
        f"answered {stats.answers}, not answered (declined or partial) {stats.abstains} "
        f"(recorded in {shown_path(settings.data_dir)}, by every knowledge base served with it)"
    )
    for fact_id, count in stats.top_facts:
        missing = "" if kb.fact(fact_id) else f"  (not in {shown_path(settings.kb_path)})"
        print(f"{count:>5}  {fact_id}{missing}")
    return 0


def _say_it_is_a_copy(data: bytes, path: Path, kb_path: Path) -> None:
    """A file of the base, edited and saved under another name (an export, a copy), is
    refused as the same written answer as its original: say that --name replaces the original
    with it, where "edit that source instead" alone left the way to do so unsaid."""
    try:
        kb = load(kb_path).kb
    except (KnowledgeError, StoreError):
        return
    original = original_of(data, kb, path.name)
    if original is not None:
        print(
            f"{path} is a copy of {original}: to replace that file with it, add --name {original}",
            file=sys.stderr,
        )


def _kb_import(args: argparse.Namespace) -> int:
    """Show what replacing a knowledge file with FILE would change; save it with --yes."""
    path = Path(args.file)
    name = args.name or path.name
    try:
        if path.is_dir():
            print(f"refused: {path} is a directory, not a knowledge file", file=sys.stderr)
            return 1
        data = read_at_most(path, MAX_BYTES)  # a pipe or device may never end
        if len(data) > MAX_BYTES:
            print(f"refused: {path} is over the {MAX_BYTES:,}-byte limit", file=sys.stderr)
            return 1
    except OSError as exc:
        print(f"refused: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    settings = _settings(args)
    try:
        store = _open_store(settings)
        revision = store.current.revision
        # A new file drafted by `kb build --out DIR` brings its document from DIR/sources/,
        # as /kb ingest saves both in one change.
        document = None if name in store.files() else _document_beside(data, path, settings)
        diff = store.preview_file(name, data, shown_as=str(path), document=document)
    except DocumentClash as exc:
        return _refuse_clash(exc, path, settings.kb_path)
    except (KnowledgeError, StoreError) as exc:
        status = _refused(exc)
        if isinstance(exc, KnowledgeError):
            _say_where_the_document_goes(exc, data, path, settings.kb_path)
        elif isinstance(exc, InvalidChange) and not args.name:
            _say_it_is_a_copy(data, path, settings.kb_path)
        return status
    for line in diff.lines(values=True):
        print(line)
    bringing = f", with its document {path.parent / SOURCES_DIR / document[0]}" if document else ""
    if not diff or not args.yes:
        if diff and name in store.files():
            print(f"not saved: add --yes to replace {name} with {path}")
        elif diff:
            print(f"not saved: add --yes to add {path} as the new knowledge file {name}{bringing}")
        return 0
    if document is not None:
        document_name, document_bytes = document
        return _save(
            args,
            lambda store: store.add_source(
                name,
                data,
                document_name,
                document_bytes,
                actor=cli_actor(),
                expected_revision=revision,
            ),
        )
    return _save(
        args,
        lambda store: store.replace_file(name, data, actor=cli_actor(), expected_revision=revision),
    )


def _refuse_clash(clash: DocumentClash, path: Path, kb_path: Path) -> int:
    """The draft's document (FILE's sources/NAME) differs from the knowledge base's of that
    name, left by an earlier import or an undo: say which two files, and how to go on."""
    ours, theirs = path.parent / clash.relative, kb_path / clash.relative
    print(
        f"refused: {theirs} already holds other text than {ours}, which {path} cites; "
        f"rename {ours} to a name not in {theirs.parent} and change source.document in {path} "
        "to match, then import again",
        file=sys.stderr,
    )
    return 1


def _cited_document(data: bytes) -> str | None:
    """The `source.document` a knowledge file's text cites, if it can be read."""
    try:
        document = yaml.safe_load(data)["source"]["document"]
    except (yaml.YAMLError, TypeError, KeyError, UnicodeDecodeError):
        return None
    return document if isinstance(document, str) else None


def _document_beside(data: bytes, path: Path, settings: Settings) -> tuple[str, bytes] | None:
    """(name, bytes) of the document a new knowledge file cites as sources/NAME, when it is
    beside FILE, in FILE's sources/ (where `kb build --out DIR` puts it); None otherwise, and
    the import goes on as before. Brought even when the knowledge base has a sources/NAME:
    the store reuses one with the same text and refuses other text (DocumentClash), so the
    draft is never checked against, or saved citing, a stale copy."""
    cited = _cited_document(data)
    if cited is None or posixpath.dirname(cited) != SOURCES_DIR:
        return None
    document_name = posixpath.basename(cited)
    beside = path.parent / SOURCES_DIR / document_name
    if not beside.is_file() or _same_file(beside, settings.kb_path / SOURCES_DIR / document_name):
        return None
    try:
        document = read_at_most(beside, MAX_BYTES)
    except OSError:
        return None
    return (document_name, document) if len(document) <= MAX_BYTES else None


def _same_file(one: Path, other: Path) -> bool:
    """FILE's sources/ is the knowledge base's own (FILE is in it): nothing to bring."""
    try:
        return one.samefile(other)
    except OSError:
        return False


def _say_where_the_document_goes(
    error: KnowledgeError, data: bytes, path: Path, kb_path: Path
) -> None:
    """A replaced file whose document is in FILE's directory, not yet in the knowledge
    base's: say what to copy where, rather than only that it cannot be read."""
    if not any(problem.field == "source.document" for problem in error.problems):
        return
    document = _cited_document(data)
    if document is None:
        return
    beside, wanted = path.parent / document, kb_path / document
    if beside.is_file() and not wanted.exists():
        print(f"copy {beside} to {wanted} first, then import again", file=sys.stderr)


def _add_expect_revision(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-revision",
        type=whole_number(0, MAX_REVISION),
        metavar="N",
        help="refuse the change unless the knowledge base is still at revision N",
    )


def _add_limit(parser: argparse.ArgumentParser, default: int, what: str) -> None:
    parser.add_argument(
        "--limit",
        type=whole_number(1, 1_000_000),
        default=default,
        metavar="N",
        help=f"show at most N {what} (default {default})",
    )


def add_edit_commands(kb_command: AddCommand) -> None:
    """Register the listing and editing subcommands under `sendbot kb`."""
    kb_command("list", "list the sources and facts, with the ids other commands take", _kb_list)

    add = kb_command("add", "add a fact quoted from a source", _kb_add)
    add.add_argument(
        "--source", required=True, type=text, help="id of the source the quote is from"
    )
    add.add_argument(
        "--id", required=True, type=text, help="the new fact's id (lowercase-with-hyphens)"
    )
    add.add_argument("--title", type=text, help="short label for lists")
    add.add_argument("--statement", required=True, type=text, help="what the bot says")
    add.add_argument("--quote", required=True, type=text, help="verbatim words from the source")
    add.add_argument(
        "--question",
        action="append",
        required=True,
        type=question_text,
        help="a way of asking (repeatable)",
    )
    add.add_argument("--tag", action="append", type=tag_text, help="a tag (repeatable)")
    add.add_argument(
        "--as-of", required=True, type=text, help="date the fact holds for, like 2024-02-08"
    )
    add.add_argument(
        "--force",
        action="store_true",
        help="save it even if one of its questions collides or ties with another fact's",
    )
    _add_expect_revision(add)

    edit = kb_command(
        "edit", "change fields of a fact: give one or more of the options below", _kb_edit
    )
    edit.add_argument("fact_id", type=text, help="the fact to change (see kb list)")
    edit.add_argument("--title", type=text, help='new short label ("" removes it)')
    edit.add_argument("--statement", type=text, help="new statement")
    edit.add_argument("--quote", type=text, help="new verbatim quote from the source")
    edit.add_argument("--as-of", type=text, help="new as-of date, like 2024-02-08")
    edit.add_argument(
        "--add-question",
        action="append",
        type=question_text,
        help="another way of asking (repeatable)",
    )
    edit.add_argument("--tag", action="append", type=tag_text, help="replace the tags (repeatable)")
    _add_expect_revision(edit)

    remove = kb_command("remove", "remove a fact", _kb_remove)
    remove.add_argument("fact_id", type=text, help="the fact to remove (see kb list)")
    remove.add_argument("--yes", action="store_true", help="really remove it")
    _add_expect_revision(remove)

    alias = kb_command(
        "alias",
        "add a way of asking for a fact; refused if it would collide with another fact",
        _kb_alias,
    )
    alias.add_argument("fact_id", type=text, help="the fact (see kb list)")
    alias.add_argument("question", type=question_text, help="the new way of asking")
    alias.add_argument(
        "--force", action="store_true", help="save it even if it collides with another fact"
    )
    _add_expect_revision(alias)

    history = kb_command("history", "show saved changes, newest first", _kb_history)
    history.add_argument("fact_id", nargs="?", type=text, help="only changes to this fact")
    _add_limit(history, 20, "changes")
    history.add_argument(
        "--before",
        type=whole_number(1, 10**12),
        metavar="N",
        help="the page before change #N (older changes)",
    )

    undo = kb_command(
        "undo",
        "revert this knowledge base's newest change not yet undone (kb redo brings it back)",
        _kb_undo,
    )
    _add_expect_revision(undo)

    redo = kb_command(
        "redo",
        "re-apply the change the newest undo reverted, newest undo first; refused once another "
        "change is saved after the undo, or when the file changed since",
        _kb_redo,
    )
    _add_expect_revision(redo)

    gaps = kb_command(
        "gaps",
        "questions the bot could not answer, most asked first, recorded per data directory "
        "(--data) for every knowledge base served with it",
        _kb_gaps,
    )
    _add_limit(gaps, 20, "questions")

    stats = kb_command(
        "stats",
        "answers, refusals and the most asked facts, counted per data directory (--data) for "
        "every knowledge base served with it",
        _kb_stats,
    )
    _add_limit(stats, 10, "facts")

    imported = kb_command(
        "import",
        "replace a knowledge file with FILE, or add it: shows the changes, saves with --yes",
        _kb_import,
    )
    imported.add_argument("file", type=path_text, help="a knowledge YAML file")
    imported.add_argument(
        "--name", type=text, help="the knowledge file to replace or add (default: FILE's name)"
    )
    imported.add_argument("--yes", action="store_true", help="save it")
