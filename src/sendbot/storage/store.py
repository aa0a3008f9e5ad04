"""The knowledge base as a service: one validated snapshot for readers, and saved changes that
are validated, atomic, backed up, logged and undoable.

Revisions: see `sendbot.knowledge.revisions`. `Snapshot.revision` is the sum of the files'
`revision` values plus an offset kept in the state database for this knowledge base (one data
directory may serve several; see `history.REVISION_OFFSET`), and goes up by one with every
change saved to this base, never with another base's. The offset grows when a change takes a
file away (undoing an add-source), so the revision never goes back to a number a moderator may
still be holding.

Redo: `redo` reverts the newest undo not yet redone, while no other change has been saved
since it (`History.redo_target`), putting back the file from the backup that undo made of it.

Runtime state lives only in the data directory:

    data_dir/
      store.lock        flock'd by whoever is writing (any process)
      state.sqlite3     the change history (and the bot's other state; see storage.database)
      backups/          NNNNNN-<file>.yaml: a file as it was before change #NNNNNN
                        (the newest `keep_versions` per knowledge file are kept);
                        NNNNNN-<document>.txt: a source document undo #NNNNNN took
                        away, for a redo to put back

A change is saved in this order, so that history agrees with the files after a crash at any
point: back up the old file; record the change as pending, with the hashes of the file before
and after (durably); replace the file; mark the change committed. Whoever takes the write lock
next settles a pending change left by a killed writer against the file on disk
(`History.reconcile`): the new content there means it was made, the old content that it was
not (it is forgotten).

The only things ever written outside it are the knowledge YAML being changed (through a hidden
temp file in the same folder, renamed over it) and a source document a new source or a redo of
one brings into sources/.

Writers are serialised three ways: an asyncio.Lock (one write at a time per event loop), a
threading.Lock (per process) and flocks on the lock file and on the knowledge directory itself
(across processes, even ones configured with another data directory). Every write first
re-reads the files on disk, so a change saved by another process or in git is never
overwritten by a change made against an older copy. A writer waits `lock_timeout` seconds at
most for the others' locks, then is refused with StoreBusy, having done nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Generic, TypeVar, cast, overload

from sendbot.knowledge import edits
from sendbot.knowledge.directory import SYNONYMS_FILE, document_name, loads_file
from sendbot.knowledge.directory import file_name as name_in_directory
from sendbot.knowledge.drafts import is_written_answer
from sendbot.knowledge.edits import Change, FactRecord, KbDiff, fact_record
from sendbot.knowledge.errors import (
    DocumentClash,
    HistoryNotWritable,
    InvalidChange,
    KnowledgeError,
    KnowledgeNotWritable,
    NothingToRedo,
    NothingToUndo,
    Problem,
    RedoConflict,
    StaleRevision,
    StoreBusy,
    UndoConflict,
)
from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from sendbot.knowledge.revisions import body_hash, kb_revision, with_revision
from sendbot.knowledge.same_answer import same_answer
from sendbot.knowledge.whole_base import new_problems
from sendbot.knowledge.yamltext import decode, encode_like
from sendbot.settings import DEFAULT_LOCK_SECONDS
from sendbot.storage.atomic import (
    LockTimeout,
    all_held_within,
    fsync_dir,
    remove_stale_temp_files,
    write_atomic,
)
from sendbot.storage.cache import ParseCache
from sendbot.storage.database import DatabaseError, has_state, knowledge_base_id
from sendbot.storage.history import (
    History,
    HistoryEntry,
    Interruptions,
    another_base_text,
    utc_now,
)
from sendbot.storage.index_cache import IndexCache
from sendbot.storage.loader import (
    DiskState,
    compile_contents,
    display_path,
    fingerprint,
    fingerprint_of,
    load_indexed,
    read_tree,
    sha256,
)
from sendbot.storage.tree_stat import TreeSignature, tree_signature

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger("sendbot.storage.store")

CACHE_DIR = "cache"
BACKUPS_DIR = "backups"
LOCK_FILE = "store.lock"
# How long a change waits for another writer's (StoreBusy after that), unless told otherwise
# (SENDBOT_LOCK_SECONDS).
LOCK_TIMEOUT_SECONDS = DEFAULT_LOCK_SECONDS
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.yaml$")
_DOCUMENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$")
SOURCES_DIR = "sources"  # where knowledge files' documents live


@dataclass(frozen=True, slots=True)
class Snapshot(Generic[T]):
    """A consistent view: the knowledge base, its revision and the index built from it."""

    kb: KnowledgeBase
    revision: int
    index: T


def _no_index(kb: KnowledgeBase) -> KnowledgeBase:
    return kb


class KnowledgeStore(Generic[T]):
    """Owns one knowledge directory. Read `current`; change it only through the async methods.

    Each write method returns the HistoryEntry it recorded, or raises, having changed nothing:
    KnowledgeError (the change, or the files on disk, fail validation; carries `problems`) or
    a StoreError (FactNotFound, FactExists, SourceNotFound, DuplicateQuestion, InvalidChange,
    StaleRevision, NothingToUndo, UndoConflict, NothingToRedo, RedoConflict).
    """

    @overload
    def __init__(
        self: KnowledgeStore[KnowledgeBase],
        kb_dir: Path,
        data_dir: Path,
        *,
        keep_versions: int = 20,
        retry_delay: float = 0.2,
        lock_timeout: float = LOCK_TIMEOUT_SECONDS,
    ) -> None: ...

    @overload
    def __init__(
        self,
        kb_dir: Path,
        data_dir: Path,
        *,
        build_index: Callable[[KnowledgeBase], T],
        index_cache: IndexCache[T] | None = None,
        keep_versions: int = 20,
        retry_delay: float = 0.2,
        lock_timeout: float = LOCK_TIMEOUT_SECONDS,
    ) -> None: ...

    def __init__(
        self,
        kb_dir: Path,
        data_dir: Path,
        *,
        build_index: Callable[[KnowledgeBase], Any] | None = None,
        index_cache: IndexCache[Any] | None = None,
        keep_versions: int = 20,
        retry_delay: float = 0.2,
        lock_timeout: float = LOCK_TIMEOUT_SECONDS,
    ) -> None:
        """Load the knowledge base (raising KnowledgeError if it is invalid).

        `index_cache`: where the base and its index, compiled, are kept between runs, so an
        unchanged base starts without being validated and indexed again.

        `retry_delay`: how long a reload waits before reading files that failed to load once
        more (they may have been caught half-written).

        `lock_timeout`: how long a change (or a reload) waits for another process's write to
        finish before it is refused with StoreBusy."""
        self.kb_dir = Path(kb_dir)  # as given: its files are named in messages as the user named it
        self.data_dir = Path(data_dir).resolve()
        if keep_versions < 1:
            raise ValueError("keep_versions must be at least 1")
        if self.data_dir.is_relative_to(self.kb_dir.resolve()):
            raise ValueError("the data directory must not be inside the knowledge directory")
        self.keep_versions = keep_versions
        self.retry_delay = retry_delay
        self.lock_timeout = lock_timeout
        self._build_index = cast(Callable[[KnowledgeBase], T], build_index or _no_index)
        (self.data_dir / BACKUPS_DIR).mkdir(parents=True, exist_ok=True)
        self._history = History(self.data_dir)  # every base's: the writer, and the offset
        self.base = knowledge_base_id(self.kb_dir)
        # This base's changes: `history` lists them, undo and redo act on them alone.
        self._listed = History(self.data_dir, self.base)
        self._async_lock = asyncio.Lock()
        self._thread_lock = threading.Lock()
        self._problems: tuple[Problem, ...] = ()
        self._cache = ParseCache(self.data_dir / CACHE_DIR)
        self._compiled = cast(IndexCache[T] | None, index_cache)
        self.interrupted: tuple[str, ...] = ()  # changes reconcile could not settle
        self._locked(lambda: None)  # settles what a writer killed mid-change left behind
        self._signature: TreeSignature | None = tree_signature(self.kb_dir)
        state, index = load_indexed(self.kb_dir, self._build_index, self._cache, self._compiled)
        self._state = state
        self._seen = state.fingerprint  # the disk content last looked at, valid or not
        self._current = Snapshot(state.kb, self._revision(state.kb), index)

    # -- reading -----------------------------------------------------------------------------

    @property
    def current(self) -> Snapshot[T]:
        """The last good snapshot. Replaced whole, in one assignment, after each change."""
        return self._current

    @property
    def problems(self) -> tuple[Problem, ...]:
        """What is wrong with the files on disk now, if they failed to load; () when fine."""
        return self._problems

    def files(self) -> dict[str, bytes]:
        """The knowledge files of the last good snapshot, by file name, byte for byte."""
        return self._state.knowledge_files()

    def history(
        self, fact_id: str | None = None, limit: int = 20, *, before: int | None = None
    ) -> list[HistoryEntry]:
        """Saved changes to this knowledge base, newest first, a page of `limit` (older than
        seq `before` if given); only those about `fact_id` when given."""
        return self._listed.newest(fact_id, limit, before=before)

    def undo_preview(self) -> HistoryEntry:
        """The change `undo` would revert now, to show before it is confirmed; NothingToUndo
        (saying why) when there is none. Reads only: blocks, so off the event loop."""
        target = self._listed.undo_target()
        if target is None:
            raise self._nothing_to_undo()
        return target

    def redo_preview(self) -> HistoryEntry:
        """The undo `redo` would revert now, to show before it is confirmed; NothingToRedo
        (saying why) when there is none, RedoConflict when its file changed since (read from
        disk, so a hand edit not yet reloaded counts). Reads only: blocks, so off the event
        loop; a missing data directory stays missing."""
        undo = self._listed.redo_target()
        if undo is None:
            raise self._nothing_to_redo()
        try:
            current = _read_or_none(self.kb_dir / undo.file)
            now = body_hash(decode(current, undo.file)) if current is not None else None
        except (OSError, KnowledgeError):
            return undo  # unreadable now: the redo itself says why, under the lock
        if now != undo.file_after_body:
            raise _redo_conflict(undo)
        return undo

    def newest_of_another_base(self, before: int | None = None) -> HistoryEntry | None:
        """The newest change saved in the data directory (older than seq `before`), when it
        was made to another knowledge base served with it: undo and redo leave it alone, and
        a moderator who expected it undone is told so."""
        newest = self._history.newest(limit=1, before=before)
        if newest and newest[0].base is not None and newest[0].base != self.base:
            return newest[0]
        return None

    def _nothing_to_undo(self) -> NothingToUndo:
        why = self._listed.why_nothing_to_undo()
        return NothingToUndo(why.text + self._elsewhere(), none_found=why.none_found)

    def _nothing_to_redo(self) -> NothingToRedo:
        why = self._listed.why_nothing_to_redo()
        return NothingToRedo(why.text + self._elsewhere(), none_found=why.none_found)

    def _elsewhere(self) -> str:
        """'; change #4, the newest ..., was made to ...', or '' (see newest_of_another_base)."""
        other = self.newest_of_another_base()
        return "" if other is None else f"; {another_base_text(other)}"

    def changes_to_other_bases(self, fact_id: str | None = None) -> int:
        """How many changes `history` leaves out: made to other knowledge bases served with
        this data directory."""
        return self._listed.of_other_bases(fact_id)

    def close(self) -> None:
        """Close the history's database connection (reopened if the store is used again)."""
        with self._thread_lock:  # not under a write in flight
            self._history.close()

    def preview_file(
        self,
        file_name: str,
        text: str | bytes,
        *,
        shown_as: str | None = None,
        document: tuple[str, bytes] | None = None,
    ) -> KbDiff:
        """What `replace_file` would change, without changing anything (or `add_source`,
        given the `document` name and bytes it would add). Problems name the new text as
        `shown_as` (say, the uploaded file), by default as the file it replaces. A document
        whose name is taken by other text raises DocumentClash, as `add_source` would: the
        file is never checked against a stale copy."""
        _check_file_name(file_name, text, self._state.raw)
        state = self._state
        path = self.kb_dir / file_name
        shown = shown_as or display_path(path)
        contents = dict(state.raw)
        if document is not None:
            relative = f"{SOURCES_DIR}/{document[0]}"
            if contents.setdefault(relative, document[1]) != document[1]:
                raise DocumentClash(relative)
        new_file = loads_file(_as_text(text, shown), file_name, contents, shown)
        old = state.file_named(file_name)
        _refuse_a_second_copy(state.kb, new_file, old)
        new_kb = edits.with_file(state.kb, new_file, old.source.id if old else None)
        _refuse_new_whole_base_problems(state.kb, new_kb, self.kb_dir, {new_file.source.id: shown})
        return edits.diff(state.kb, new_kb)

    # -- changing ----------------------------------------------------------------------------

    async def add_fact(
        self,
        source_id: str,
        fields: Mapping[str, Any],
        *,
        actor: str,
        expected_revision: int | None = None,
    ) -> HistoryEntry:
        """Add a fact quoted from `source_id`; `fields` uses the YAML field names."""
        fields = dict(fields)
        return await self._change(
            lambda kb: edits.add_fact(kb, source_id, fields), actor, expected_revision
        )

    async def edit_fact(
        self,
        fact_id: str,
        changes: Mapping[str, Any],
        *,
        actor: str,
        add_questions: Sequence[str] = (),
        expected_revision: int | None = None,
    ) -> HistoryEntry:
        """Replace some of a fact's fields (YAML names); None removes an optional field.

        `add_questions` are appended to the questions the fact has when the change is saved.
        """
        changes, extra = dict(changes), tuple(add_questions)
        return await self._change(
            lambda kb: edits.edit_fact(kb, fact_id, changes, add_questions=extra),
            actor,
            expected_revision,
        )

    async def remove_fact(
        self, fact_id: str, *, actor: str, expected_revision: int | None = None
    ) -> HistoryEntry:
        return await self._change(
            lambda kb: edits.remove_fact(kb, fact_id), actor, expected_revision
        )

    async def add_alias(
        self, fact_id: str, question: str, *, actor: str, expected_revision: int | None = None
    ) -> HistoryEntry:
        """Add a question to a fact; refuses one it already has (ignoring case and spacing)."""
        return await self._change(
            lambda kb: edits.add_alias(kb, fact_id, question), actor, expected_revision
        )

    async def replace_file(
        self,
        file_name: str,
        text: str | bytes,
        *,
        actor: str,
        expected_revision: int | None = None,
    ) -> HistoryEntry:
        """Replace (or create) one knowledge file with new YAML, as an import does.

        Its `revision` is set to one more than the file it replaces. Preview with
        `preview_file` first. The source document it cites must already be in the directory.
        """
        _check_file_name(file_name, text, self._state.raw)
        return await self._serialised(
            lambda: self._replace(file_name, text, actor, expected_revision)
        )

    async def add_source(
        self,
        file_name: str,
        text: str | bytes,
        document_name: str,
        document: bytes,
        *,
        actor: str,
        expected_revision: int | None = None,
    ) -> HistoryEntry:
        """Add a new knowledge file and the source document it quotes, as one change.

        The document goes into sources/ first (inert until a knowledge file cites it), then
        the file is saved as `replace_file` saves a new one; if that is refused, a document
        written for it is taken away again. Undo removes the knowledge file, and the document if
        this change brought it (recorded in its entry) and no other file cites it.
        """
        _check_file_name(file_name)
        if not _DOCUMENT_NAME.match(document_name):
            raise InvalidChange(f"{document_name!r} is not a source document name")
        return await self._serialised(
            lambda: self._add_source(
                file_name, text, document_name, document, actor, expected_revision
            )
        )

    async def undo(self, actor: str, *, expected_revision: int | None = None) -> HistoryEntry:
        """Revert the newest change not yet undone, recording an 'undo' entry.

        Restores the file exactly as it was before that change (with a new revision number)
        when nothing has touched it since; otherwise puts back just the fact, and only if the
        fact is still as that change left it. Anything else raises UndoConflict.
        """
        return await self._serialised(lambda: self._undo(actor, expected_revision))

    async def redo(self, actor: str, *, expected_revision: int | None = None) -> HistoryEntry:
        """Re-apply the change the newest undo not yet redone reverted, recording a 'redo'
        entry (which undo reverts like any change). Only while no other change has been saved
        since that undo; raises NothingToRedo otherwise.

        Puts back the file exactly as it was before that undo (with a new revision number),
        and the document the undo took away, from their copies in backups/. Only when the file
        is still exactly as the undo left it: anything else raises RedoConflict.
        """
        return await self._serialised(lambda: self._redo(actor, expected_revision))

    async def reload(self) -> Snapshot[T]:
        """Re-read the directory. If it is invalid, keep the last good snapshot and raise."""
        return await self._serialised(self._load)

    async def reload_if_changed(self) -> bool:
        """Reload if any file changed on disk since last looked at; True if a new snapshot.

        Raises KnowledgeError (once per distinct bad content; see `problems`) when the files
        changed and no longer load: the last good snapshot stays in service.
        """
        return await self._serialised(self._reload_if_changed)

    # -- the work, run in a thread under every lock -----------------------------------------

    async def _change(
        self, make: Callable[[KnowledgeBase], Change], actor: str, expected: int | None
    ) -> HistoryEntry:
        return await self._serialised(lambda: self._apply(make, actor, expected))

    async def _serialised(self, work: Callable[[], R]) -> R:
        async with self._async_lock:
            return await asyncio.to_thread(self._locked, work)

    def _locked(self, work: Callable[[], R]) -> R:
        """Run `work` holding every write lock (StoreBusy, having done nothing, when another
        writer keeps one of them past `lock_timeout`): each read-modify-write of the files
        and the history is one process's alone."""
        locks = (self._thread_lock, self.data_dir / LOCK_FILE, self.kb_dir)
        try:
            with all_held_within(self.lock_timeout, *locks):
                remove_stale_temp_files(self.kb_dir)
                remove_stale_temp_files(self.data_dir / BACKUPS_DIR)
                self._reconcile()
                return work()
        except LockTimeout as exc:
            raise StoreBusy(display_path(exc.path), self.lock_timeout) from None

    def _reconcile(self) -> None:
        self.interrupted += tuple(_settle(self._history, self.kb_dir))

    def _apply(
        self, make: Callable[[KnowledgeBase], Change], actor: str, expected: int | None
    ) -> HistoryEntry:
        state = self._fresh_state(expected)
        change = make(state.kb)
        name = state.file_name(change.file.source.id)
        return self._commit(
            state,
            name,
            edits.file_text(change.file, state.text(name)),  # the file as it was, but changed
            change.kb,
            _Record(
                actor=actor,
                action=change.action,
                fact_id=change.fact_id,
                fields=change.fields,
                before=change.fact_before,
                after=change.fact_after,
                index=change.index,
            ),
        )

    def _replace(
        self,
        file_name: str,
        text: str | bytes,
        actor: str,
        expected: int | None,
        brought: str | None = None,
    ) -> HistoryEntry:
        state = self._fresh_state(expected)
        old = state.file_named(file_name)
        new_file, new_text = self._restamp(text, file_name, (old.revision if old else 0) + 1)
        _refuse_a_second_copy(state.kb, new_file, old)
        new_kb = edits.with_file(state.kb, new_file, old.source.id if old else None)
        _refuse_new_whole_base_problems(state.kb, new_kb, self.kb_dir)
        changes = edits.diff(state.kb, new_kb)
        if not changes:
            raise InvalidChange(f"{file_name} already says exactly that; nothing to change")
        action = "replace" if old else "add-source"
        # Read later (the history, the audit note, an undo's report), "~ fact: quote" or
        # "+ fact" did not say what changed: the values and the statements say it.
        gone_or_new = {*changes.added, *changes.removed}
        statements = {f.id: f.statement for f in (*state.kb, *new_kb) if f.id in gone_or_new}
        lines = changes.lines(values=True, statements=statements)
        record = _Record(actor, action, None, tuple(lines), None, None, None, document=brought)
        return self._commit(state, file_name, new_text, new_kb, record)

    def _add_source(
        self,
        file_name: str,
        text: str | bytes,
        document_name: str,
        document: bytes,
        actor: str,
        expected: int | None,
    ) -> HistoryEntry:
        if (self.kb_dir / file_name).exists():
            raise InvalidChange(f"{file_name} already exists; nothing was added")
        path = self.kb_dir / SOURCES_DIR / document_name
        created = not path.exists()
        if not created and path.read_bytes() != document:
            raise DocumentClash(f"{SOURCES_DIR}/{document_name}")
        if created:
            try:
                path.parent.mkdir(exist_ok=True)
                write_atomic(path, document)
            except OSError as exc:
                raise self._not_writable(path, exc) from exc
        try:
            brought = f"{SOURCES_DIR}/{document_name}" if created else None
            return self._replace(file_name, text, actor, expected, brought)
        except BaseException:
            if created:
                path.unlink(missing_ok=True)
                fsync_dir(path.parent)
            raise

    def _undo(self, actor: str, expected: int | None) -> HistoryEntry:
        state = self._fresh_state(expected)
        target = self._listed.undo_target()
        if target is None:
            raise self._nothing_to_undo()
        name, fact_id = target.file, target.fact_id
        whole = self._restore_whole_file(state, target)
        if whole is not None:
            new_text, new_kb = whole
        elif fact_id is not None:
            new_text, new_kb = self._restore_fact(state, target)
        else:
            self._refuse_another_base(state, target)
            raise UndoConflict(self._whole_file_changed(target, gone=state.text(name) is None))
        # The document the undone add-source brought goes too, unless another file cites it.
        gone = target.document if whole is not None and new_text is None else None
        if gone is not None and any(_cites(f, gone) for f in new_kb.files):
            gone = None
        record = _Record(
            actor,
            "undo",
            fact_id,
            target.fields,
            *_fact_records(state.kb, new_kb, fact_id),
            target.index,
            undoes=target.seq,
            document=gone,
        )
        return self._commit(state, name, new_text, new_kb, record, gone_document=gone)

    def _redo(self, actor: str, expected: int | None) -> HistoryEntry:
        state = self._fresh_state(expected)
        undo = self._listed.redo_target()
        if undo is None:
            raise self._nothing_to_redo()
        assert undo.undoes is not None
        current = state.text(undo.file)
        if (body_hash(current) if current is not None else None) != undo.file_after_body:
            raise _redo_conflict(undo)
        file_before = state.raw.get(undo.file)
        brought = self._put_back_document(state, undo)
        try:
            if brought is not None:
                state = self._fresh_state(None)  # sees the document, for the file to cite
            new_text, new_kb = self._redone(state, undo)
            record = _Record(
                actor,
                "redo",
                undo.fact_id,
                undo.fields,
                *_fact_records(state.kb, new_kb, undo.fact_id),
                undo.index,
                redoes=undo.undoes,
                document=brought,
            )
            return self._commit(state, undo.file, new_text, new_kb, record)
        except BaseException:
            # Taken away again, unless the file citing it was written before the failure.
            if brought is not None and _holds(self.kb_dir / undo.file, file_before):
                self._delete_document(brought)
            raise

    def _redone(self, state: DiskState, undo: HistoryEntry) -> tuple[str, KnowledgeBase]:
        """The file as it was before `undo` (which the caller checked it is exactly as `undo`
        left it): from its backup, or, once that is pruned, by putting back just the fact."""
        name = undo.file
        old_raw = self._kept(undo.backup, undo.file_before_sha256)
        current = state.file_named(name)
        if old_raw is not None:
            # A file the undo took away comes back as a new file does, at revision 1.
            revision = current.revision + 1 if current is not None else 1
            new_file, new_text = self._restamp(old_raw, name, revision)
            _refuse_a_second_copy(state.kb, new_file, current)
            replacing = current.source.id if current is not None else None
            return new_text, edits.with_file(state.kb, new_file, replacing)
        if undo.fact_id is None or current is None:
            raise RedoConflict(
                f"the copy of {name} from before change #{undo.seq} (undo by {undo.actor}) is "
                f"no longer kept (the newest {self.keep_versions} per file are), so it cannot "
                "be redone"
            )
        change = edits.restore_fact(
            state.kb, current.source.id, undo.fact_id, undo.before, undo.index or 0
        )
        return edits.file_text(change.file, state.text(name)), change.kb

    def _put_back_document(self, state: DiskState, undo: HistoryEntry) -> str | None:
        """Write back the document `undo` took away, from its copy; its name, or None when
        it took none away or the same text is there again."""
        relative = undo.document
        if relative is None:
            return None
        kept = self._kept(undo.document_backup)
        there = state.raw.get(relative)
        if there is not None:
            if kept is None or there == kept:  # put back by hand: the file is checked against it
                return None
            raise RedoConflict(
                f"{relative} holds other text than the document change #{undo.seq} took "
                "away; redo refused so that it is not overwritten"
            )
        if kept is None:
            raise RedoConflict(
                f"the copy of {relative}, which change #{undo.seq} took away, is no longer "
                "kept, so it cannot be redone"
            )
        path = self.kb_dir / relative
        try:
            path.parent.mkdir(exist_ok=True)
            write_atomic(path, kept)
        except OSError as exc:
            raise self._not_writable(path, exc) from exc
        return relative

    def _kept(self, backup: str | None, sha: str | None = None) -> bytes | None:
        """A backup's bytes (checked against `sha` if given); None if it is gone."""
        if backup is None:
            return None
        try:
            data = (self.data_dir / backup).read_bytes()
        except OSError:
            return None
        return data if sha is None or sha256(data) == sha else None

    def _refuse_another_base(self, state: DiskState, target: HistoryEntry) -> None:
        """Before an undo is refused as if the base had changed since `target`: saved changes
        only raise the revision, so a base whose file is there but whose revision is below the
        one the newest change here left is not the base this history is about. It is another
        base served with the same data directory, or an older copy (made again with `sendbot
        init`, or restored). (A file deleted by hand lowers it too: that is said elsewhere.)"""
        newest = self._listed.newest(limit=1)
        now = self._revision(state.kb)
        if state.text(target.file) is not None and newest and now < newest[0].revision_after:
            raise UndoConflict(
                f"{display_path(self.kb_dir)} is at revision {now}, below the revision "
                f"{newest[0].revision_after} change #{newest[0].seq} left: the changes in this "
                "data directory were made to another knowledge base, or to an earlier copy of "
                "this one (before `sendbot init` made it again, or it was restored); keep one "
                "data directory per knowledge base (--data or SENDBOT_DATA)"
            )

    def _restore_whole_file(
        self, state: DiskState, target: HistoryEntry
    ) -> tuple[str | None, KnowledgeBase] | None:
        """The file exactly as before `target`, if the file is exactly as `target` left it."""
        current_text = state.text(target.file)
        current_body = body_hash(current_text) if current_text is not None else None
        if target.file_after_body is None or current_body != target.file_after_body:
            return None
        current = state.file_named(target.file)
        assert current is not None
        if target.file_before_sha256 is None:  # the change created the file: take it away
            if len(state.kb.files) == 1:
                raise UndoConflict("undoing that would leave the knowledge base empty")
            return None, edits.without_file(state.kb, current.source.id)
        old_raw = self._kept(target.backup, target.file_before_sha256)
        if old_raw is None:
            return None  # the backup has been pruned; fall back to putting the fact back
        new_file, new_text = self._restamp(old_raw, target.file, current.revision + 1)
        return new_text, edits.with_file(state.kb, new_file, current.source.id)

    def _whole_file_changed(self, target: HistoryEntry, *, gone: bool) -> str:
        """Why a whole-file change cannot be undone, and what the moderator can do instead."""
        if gone and target.file_before_sha256 is None:
            return (
                f"{target.file} has been deleted since change #{target.seq} ({target.action} by "
                f"{target.actor}), which added it: that change is gone already, and undo goes "
                "no further back"
            )
        changed = (
            f"{target.file} has changed since change #{target.seq} ({target.action} by "
            f"{target.actor}); undo refused so that the later change is not lost"
        )
        if target.file_before_sha256 is None:  # there is no earlier copy: the change made it
            return f"{changed}: delete the file by hand if you still want it gone"
        if target.backup and (self.data_dir / target.backup).is_file():
            return f"{changed}: the file as it was is {target.backup} in the data directory"
        return f"{changed}, and the copy from before it is no longer kept"

    def _restore_fact(self, state: DiskState, target: HistoryEntry) -> tuple[str, KnowledgeBase]:
        fact_id = target.fact_id
        assert fact_id is not None
        fact = state.kb.fact(fact_id)
        owner = state.file_named(target.file)
        moved = fact is not None and (owner is None or fact.source_id != owner.source.id)
        now = fact_record(fact) if fact else None
        if owner is None or moved or now != target.after:
            self._refuse_another_base(state, target)
            newest = self._listed.newest(limit=1)
            # Nothing saved here since: the change came through another data directory's
            # store or an editor, which this history cannot name.
            elsewhere = (
                ", not by a change saved in this data directory (another --data, or the file "
                "edited directly)"
                if not newest or newest[0].seq <= target.seq
                else ""
            )
            raise UndoConflict(
                f"{fact_id!r} has changed since change #{target.seq} ({target.action} by "
                f"{target.actor}){elsewhere}; undo refused so that the later change is not lost"
            )
        change = edits.restore_fact(
            state.kb, owner.source.id, fact_id, target.before, target.index or 0
        )
        return edits.file_text(change.file, state.text(target.file)), change.kb

    def _restamp(
        self, text: str | bytes, file_name: str, revision: int
    ) -> tuple[KnowledgeFile, str]:
        """Validate a whole file's text with its revision set, keeping its layout if possible."""
        path = self.kb_dir / file_name
        shown = display_path(path)
        original = _as_text(text, path)
        candidate = with_revision(original, revision)
        try:
            parsed = loads_file(candidate, file_name, self._state.raw, shown)
            if parsed.revision == revision:
                return parsed, candidate
        except KnowledgeError:
            pass
        # The layout could not take a new revision line (or is invalid: this says where).
        parsed = loads_file(original, file_name, self._state.raw, shown)
        parsed = dataclasses.replace(parsed, revision=revision)
        return parsed, edits.file_text(parsed, original)

    def _commit(
        self,
        state: DiskState,
        name: str,
        text: str | None,
        new_kb: KnowledgeBase,
        record: _Record,
        *,
        gone_document: str | None = None,
    ) -> HistoryEntry:
        """Back up, write, log, publish. `text` None deletes the file; `gone_document` (an
        undone add-source's) is deleted once the change is made. Left behind by a crash
        before that, it is inert: no file cites it."""
        # Files in the order a load gives them (a new file joins at its name's place, not
        # last), so the base served now is the one a restart, or the compiled entry, serves.
        new_kb = dataclasses.replace(
            new_kb, files=tuple(sorted(new_kb.files, key=name_in_directory))
        )
        # Up by one even when a file goes (and its revisions with it): see REVISION_OFFSET.
        offset = self._history.revision_offset(self.base)
        revision_before = kb_revision(state.kb) + offset
        offset = max(offset, revision_before + 1 - kb_revision(new_kb))
        # Built before anything is written, so an index that cannot be built refuses the change.
        snapshot = Snapshot(new_kb, kb_revision(new_kb) + offset, self._build_index(new_kb))
        path = self.kb_dir / name
        old_raw = state.raw.get(name)
        # In the file's own line endings and byte order mark (a file saved on Windows).
        new_raw = encode_like(text, old_raw) if text is not None else None
        # Kept for a redo, which puts it back with the file.
        gone_raw = state.raw.get(gone_document) if gone_document is not None else None
        gone_name = PurePosixPath(gone_document).name if gone_document is not None else ""
        try:
            seq = self._history.next_seq()
            backup = self._backup(seq, name, old_raw) if old_raw is not None else None
            document_backup = (
                self._backup(seq, gone_name, gone_raw) if gone_raw is not None else None
            )
        except UNRECORDABLE as exc:
            raise self._not_recorded(exc) from exc
        entry = HistoryEntry(
            seq=seq,
            time=utc_now(),
            actor=record.actor,
            action=record.action,
            file=name,
            fact_id=record.fact_id,
            fields=record.fields,
            before=record.before,
            after=record.after,
            revision_before=revision_before,
            revision_after=snapshot.revision,
            undoes=record.undoes,
            index=record.index,
            backup=backup,
            file_before_sha256=sha256(old_raw) if old_raw is not None else None,
            file_after_body=body_hash(text) if text is not None else None,
            document=record.document,
            redoes=record.redoes,
            document_backup=document_backup,
            base=self.base,
        )
        try:
            self._history.begin(entry, sha256(new_raw) if new_raw is not None else None, offset)
        except UNRECORDABLE as exc:
            raise self._not_recorded(exc) from exc
        try:
            if new_raw is None:
                path.unlink()
                fsync_dir(path.parent)
            else:
                write_atomic(path, new_raw)
        except OSError as exc:
            if _holds(path, new_raw):
                raise  # replaced; only syncing it failed, so history keeps it pending
            # If this fails too, the next writer forgets the entry: the file is as it was.
            with contextlib.suppress(*UNRECORDABLE):
                self._history.abandon(seq)
            raise self._not_writable(path, exc) from exc
        try:
            self._history.commit(seq)
            self._prune_backups(name)
            if document_backup is not None:
                self._prune_backups(gone_name)
        except UNRECORDABLE as exc:
            # The file is written, so the change is made: say so, not that it failed. The
            # pending entry lists it as made (`kb history`), and the next writer settles it.
            log.warning(
                "change #%d is saved, but the data directory %s could not mark it done (%s); "
                "the next change settles it",
                seq,
                display_path(self.data_dir),
                _reason(exc),
            )
        finally:
            if gone_document is not None and not self._delete_document(gone_document):
                gone_document = None  # still there: publish it as on disk
            # The file is written: publish it even if logging failed.
            self._publish(state, name, new_raw, new_kb, snapshot, gone_document)
        self._remember_compiled()
        return entry

    def _delete_document(self, relative: str) -> bool:
        """Delete a document no file cites any more; False if it could not be."""
        path = self.kb_dir / relative
        try:
            path.unlink(missing_ok=True)
            fsync_dir(path.parent)
        except OSError as exc:
            log.warning("could not delete %s: %s", display_path(path), _reason(exc))
            return False
        return True

    def _not_recorded(self, exc: Exception) -> HistoryNotWritable:
        return HistoryNotWritable(_reason(exc), display_path(self.data_dir))

    def _not_writable(self, path: Path, exc: OSError) -> KnowledgeNotWritable:
        reason = exc.strerror or str(exc)
        return KnowledgeNotWritable(display_path(path), reason, display_path(self.kb_dir))

    def _publish(
        self,
        state: DiskState,
        name: str,
        new_raw: bytes | None,
        new_kb: KnowledgeBase,
        snapshot: Snapshot[T],
        gone_document: str | None = None,
    ) -> None:
        file_names = {sid: known for sid, known in state.file_names.items() if known != name}
        gone = {name, gone_document}
        raw = {known: data for known, data in state.raw.items() if known not in gone}
        prints = {known: digest for known, digest in state.fingerprint.items() if known not in gone}
        if new_raw is not None:
            written = next(f for f in new_kb.files if f.source.id not in file_names)
            file_names[written.source.id] = name
            raw[name] = new_raw
            prints[name] = sha256(new_raw)
        self._state = DiskState(new_kb, prints, file_names, raw)
        self._seen = self._state.fingerprint
        self._problems = ()
        self._current = snapshot  # the one assignment readers see

    def _remember_compiled(self) -> None:
        """Save the snapshot just published as the compiled entry for the files now on disk,
        so the next start serves it without validating and indexing everything again. The
        entry is keyed by those files' hashes, as a full load's would be: a file changed since
        is a miss, never a stale index."""
        if self._compiled is None:
            return
        snapshot = self._current
        self._compiled.put(
            self._state.fingerprint, display_path(self.kb_dir), snapshot.kb, snapshot.index
        )

    def _fresh_state(self, expected: int | None) -> DiskState:
        """The files as they are on disk now (reloaded if changed), checked against `expected`."""
        state = self._state
        if fingerprint(self.kb_dir) != state.fingerprint:
            self._load()
            state = self._state
        actual = self._revision(state.kb)
        if expected is not None and expected != actual:
            raise StaleRevision(expected, actual)
        return state

    def _load(self) -> Snapshot[T]:
        contents, unreadable = read_tree(self.kb_dir)  # one read: what is seen is what loads
        seen = fingerprint_of(contents)
        try:
            if unreadable:
                raise KnowledgeError(unreadable)
            state, index = compile_contents(
                self.kb_dir, contents, self._build_index, self._cache, self._compiled
            )
            snapshot = Snapshot(state.kb, self._revision(state.kb), index)
        except KnowledgeError as exc:
            self._seen, self._problems = seen, exc.problems
            raise
        self._state, self._seen, self._problems = state, state.fingerprint, ()
        self._current = snapshot
        return snapshot

    def _revision(self, kb: KnowledgeBase) -> int:
        """The knowledge base's revision: its files' plus the offset in the state database."""
        return kb_revision(kb) + self._history.revision_offset(self.base)

    def _reload_if_changed(self) -> bool:
        signature = tree_signature(self.kb_dir)  # before reading: a later change shows next time
        if signature.same_as(self._signature):
            return False
        seen = fingerprint(self.kb_dir)
        self._signature = signature
        if seen == self._seen:
            return False
        if seen == self._state.fingerprint:  # back to what is already being served
            self._seen, self._problems = seen, ()
            return False
        try:
            self._load()
        except KnowledgeError:
            # Perhaps caught half-written: look once more when the writer should be done.
            time.sleep(self.retry_delay)
            self._signature = tree_signature(self.kb_dir)
            self._load()
        return True

    def _backup(self, seq: int, name: str, data: bytes) -> str:
        relative = f"{BACKUPS_DIR}/{seq:06d}-{name}"
        write_atomic(self.data_dir / relative, data)
        return relative

    def _prune_backups(self, name: str) -> None:
        pattern = re.compile(rf"^(\d+)-{re.escape(name)}$")
        kept = sorted(
            (int(match[1]), path)
            for path in (self.data_dir / BACKUPS_DIR).iterdir()
            if (match := pattern.match(path.name))
        )
        for _, path in kept[: -self.keep_versions]:
            path.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class _Record:
    """What a history entry says about a change, before the store adds seq, time and hashes."""

    actor: str
    action: str
    fact_id: str | None
    fields: tuple[str, ...]
    before: FactRecord | None
    after: FactRecord | None
    index: int | None
    undoes: int | None = None
    document: str | None = None  # see HistoryEntry.document
    redoes: int | None = None


def _fact_records(
    before: KnowledgeBase, after: KnowledgeBase, fact_id: str | None
) -> tuple[FactRecord | None, FactRecord | None]:
    """The fact `fact_id` as recorded before and after a change (None: not there)."""
    if fact_id is None:
        return None, None
    old, new = before.fact(fact_id), after.fact(fact_id)
    return (fact_record(old) if old else None), (fact_record(new) if new else None)


def _redo_conflict(undo: HistoryEntry) -> RedoConflict:
    return RedoConflict(
        f"{undo.file} has changed since change #{undo.seq} (undo by {undo.actor}); "
        "redo refused so that the later change is not lost"
    )


def _cites(knowledge_file: KnowledgeFile, relative: str) -> bool:
    """Whether the file's source document is `relative`, however its path is spelled."""
    cited = document_name(name_in_directory(knowledge_file), knowledge_file.source.document)
    return cited == relative


def interrupted_changes(kb_dir: Path, data_dir: Path) -> Interruptions:
    """What the knowledge files say about changes a killed writer left pending, read without
    settling them or loading the knowledge base (so `kb history` is right, and writes nothing,
    even while the files do not load). The next saved change settles them for good."""
    kb_dir, data_dir = Path(kb_dir).resolve(), Path(data_dir).resolve()
    if not kb_dir.is_dir() or not has_state(data_dir):
        return Interruptions()
    return History(data_dir).interrupted(lambda name: _read_or_none(kb_dir / name))


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


# What stops a change being recorded in the data directory: the disk, or the database on it.
UNRECORDABLE = (OSError, sqlite3.Error, DatabaseError)


def _reason(exc: Exception) -> str:
    """Why the data directory could not be written, in a few words (no temp file's name)."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, DatabaseError):
        return str(exc).rsplit(": ", 1)[-1]
    return str(exc)


def _holds(path: Path, data: bytes | None) -> bool:
    """Whether `path` holds `data` (None: that it is gone), as far as it can be read."""
    try:
        return _read_or_none(path) == data
    except OSError:
        return False


def _settle(history: History, kb_dir: Path) -> list[str]:
    reports = history.reconcile(lambda name: _read_or_none(kb_dir / name))
    for report in reports:
        log.warning("%s", report)
    return reports


def _refuse_new_whole_base_problems(
    before: KnowledgeBase,
    after: KnowledgeBase,
    kb_dir: Path,
    shown_as: Mapping[str, str] | None = None,
) -> None:
    """What `kb check` would then refuse (a question under two facts, a date after today, a
    topic twice in one answer): the edits of one fact refuse these already, but a whole file
    (import, ingest) brought them in, and a service checking the base before it starts did not
    start. `shown_as`: a source's file named as given (an upload) rather than in `kb_dir`."""
    shown = {f.source.id: display_path(kb_dir / name_in_directory(f)) for f in after.files}
    shown.update(shown_as or {})
    problems = new_problems(before, after, dt.date.today(), shown)
    if problems:
        raise KnowledgeError(problems)


def _refuse_a_second_copy(
    kb: KnowledgeBase, new_file: KnowledgeFile, old: KnowledgeFile | None
) -> None:
    """A file may not bring in a written answer another file already holds."""
    others = (f.source for f in kb.files if old is None or f.source.id != old.source.id)
    found = same_answer(new_file.source, others)
    if found is not None:
        raise InvalidChange(found.message(new_file.source.id))


def _check_file_name(
    file_name: str, text: str | bytes | None = None, known: Iterable[str] = ()
) -> None:
    """`known`: the names of the directory's files, to say which one a renamed copy is of."""
    if not _FILE_NAME.match(file_name) or file_name == SYNONYMS_FILE:
        if text is not None and _is_written_answer(text):
            raise InvalidChange(
                f"{file_name!r} is a written answer, not a knowledge file: draft one from it "
                f"with 'sendbot kb build {file_name}', or /kb ingest on Discord"
            )
        raise InvalidChange(
            f"{file_name!r} is not a knowledge file name (like my-source-2024-02-08.yaml)"
            + _renamed_copy_hint(file_name, known)
        )


def _renamed_copy_hint(file_name: str, known: Iterable[str]) -> str:
    """An exported file downloaded twice comes back as 'X (1).yaml' or 'Copy of X.yaml':
    name the file it is a copy of, which is what an import must be called to replace it."""
    for name in sorted(known):
        if (
            name != SYNONYMS_FILE
            and _FILE_NAME.match(name)
            and name.removesuffix(".yaml") in file_name
        ):
            return f"; to replace {name}, give the file that name"
    return ""


def _is_written_answer(text: str | bytes) -> bool:
    try:
        return is_written_answer(_as_text(text, "import"))
    except KnowledgeError:  # not text kb build could read either
        return False


def _as_text(text: str | bytes, shown: Path | str) -> str:
    if isinstance(text, bytes):
        return decode(text, shown if isinstance(shown, str) else display_path(shown))
    return text
