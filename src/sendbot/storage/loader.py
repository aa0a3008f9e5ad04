"""Read a knowledge directory from disk, once, into a validated KnowledgeBase: the one way in.

Every command and the store load through `load`: it reads every file of the directory once
and hands the bytes to the pure `sendbot.knowledge.directory.loads`. The fingerprint (a hash
of every file, documents included) and the parsed base come from that same read, so a store
can tell exactly which content its snapshot was built from.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sendbot.knowledge.directory import file_name, knowledge_file_names, load_file, loads
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from sendbot.storage.bounded import NotRegular, read_regular_file
from sendbot.storage.cache import ParseCache
from sendbot.storage.index_cache import IndexCache

T = TypeVar("T")

log = logging.getLogger("sendbot.storage.loader")

# Any one file read from a knowledge directory: documents are text, far smaller than this.
MAX_FILE_BYTES = 50_000_000

Fingerprint = Mapping[str, str]
"""Path relative to the knowledge directory -> sha256 of its bytes."""


@dataclass(frozen=True, slots=True)
class DiskState:
    """A knowledge directory as read: its validated base and every file's bytes."""

    kb: KnowledgeBase
    fingerprint: Fingerprint
    file_names: Mapping[str, str] = field(default_factory=dict)  # source id -> YAML file name
    raw: Mapping[str, bytes] = field(default_factory=dict)  # every file by relative path, as read

    def file_name(self, source_id: str) -> str:
        return self.file_names[source_id]

    def file_named(self, name: str) -> KnowledgeFile | None:
        source_id = next((sid for sid, known in self.file_names.items() if known == name), None)
        return next((f for f in self.kb.files if f.source.id == source_id), None)

    def text(self, name: str) -> str | None:
        raw = self.raw.get(name)
        return raw.decode("utf-8-sig") if raw is not None else None

    def knowledge_files(self) -> dict[str, bytes]:
        """The knowledge files, by file name, byte for byte."""
        return {name: self.raw[name] for name in knowledge_file_names(self.raw)}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def display_path(path: Path) -> str:
    """The path as the user gave it, relative or absolute (never made relative to the working
    directory, which showed `--kb /tmp` run in /tmp as "."); bytes that are not UTF-8 as \\xff."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_tree(directory: Path) -> tuple[dict[str, bytes], list[Problem]]:
    """Every visible regular file under `directory` (temp files are hidden), by relative path,
    and a problem for each knowledge file that exists but cannot be read, and for `directory`
    itself when it cannot be listed (no permission: "holds no knowledge files" would be
    wrong). FIFOs, devices and sockets are skipped, never waited on; a file over
    MAX_FILE_BYTES is not read."""
    contents: dict[str, bytes] = {}
    unreadable: list[Problem] = []
    top = str(directory)

    def listing_failed(exc: OSError) -> None:
        # A folder below it that cannot be listed is reported by the files citing its documents.
        if exc.filename == top:
            unreadable.append(cannot_list(directory, exc))

    for root, folders, files in os.walk(top, onerror=listing_failed):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        # Plain strings, not Paths: a real archive has thousands of files.
        prefix = "" if root == top else os.path.relpath(root, top).replace(os.sep, "/") + "/"
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            try:
                data = read_regular_file(path, MAX_FILE_BYTES)
                if len(data) > MAX_FILE_BYTES:
                    raise OSError(0, f"larger than {MAX_FILE_BYTES:,} bytes")
                contents[prefix + name] = data
            except (FileNotFoundError, NotRegular):
                continue  # removed while being read, or not a file: as if never there
            except OSError as exc:
                # A document that cannot be read is reported by the file that cites it.
                if root == top and name.endswith(".yaml"):
                    unreadable.append(
                        Problem(display_path(Path(path)), None, "", f"cannot read: {exc.strerror}")
                    )
    return contents, unreadable


def cannot_list(directory: Path, exc: OSError) -> Problem:
    return Problem(display_path(directory), None, "", f"cannot read: {exc.strerror or exc}")


def fingerprint_of(contents: Mapping[str, bytes]) -> dict[str, str]:
    return {name: sha256(data) for name, data in contents.items()}


def not_a_directory(directory: Path) -> Problem:
    """What is wrong with a knowledge directory path that is not a directory."""
    try:
        os.stat(directory)
        reason = "is not a knowledge directory"
    except OSError as exc:
        reason = {
            errno.ELOOP: "is not a knowledge directory: symlink loop",
            errno.ENOENT: "does not exist",
        }.get(exc.errno or 0, f"is not a knowledge directory: {exc.strerror}")
    shown = display_path(directory)
    if shown != shown.strip():  # a path of spaces: the line would begin with a bare ": "
        shown = repr(shown)
    return Problem(shown, None, "", reason)


def fingerprint(directory: Path) -> dict[str, str]:
    return fingerprint_of(read_tree(directory)[0])


def load(directory: Path, cache: ParseCache | None = None) -> DiskState:
    """Read the directory once; validate it. Raise KnowledgeError listing every problem.

    With a cache, files unchanged since they were last validated are not validated again."""
    if not directory.is_dir():
        raise KnowledgeError([not_a_directory(directory)])
    try:
        names = os.listdir(directory)
    except OSError as exc:
        raise KnowledgeError([cannot_list(directory, exc)]) from None
    if not knowledge_file_names(dict.fromkeys(names, b"")):
        # Nothing to load: say so without reading a tree that may be huge (--kb /).
        return load_contents(directory, {}, cache)
    started = time.perf_counter()
    contents, unreadable = read_tree(directory)
    if unreadable:
        load_contents_or_problems(directory, contents, unreadable, cache)
    state = load_contents(directory, contents, cache)
    _log_loaded(directory, state.kb, started, "validated")
    return state


def _log_loaded(directory: Path, kb: KnowledgeBase, started: float, how: str) -> None:
    """`sendbot -v`: which base a command read, and how (validated, or its compiled copy)."""
    log.info(
        "knowledge base %s: %d facts from %d source(s), %s in %.0f ms",
        display_path(directory),
        len(kb),
        len(kb.sources),
        how,
        (time.perf_counter() - started) * 1000,
    )


def load_contents(
    directory: Path, contents: Mapping[str, bytes], cache: ParseCache | None = None
) -> DiskState:
    """Validate files already read from `directory` (see `read_tree`)."""
    where = display_path(directory)
    parse_file = cache.wrap(load_file, where) if cache is not None else load_file
    kb = loads(contents, where, parse_file)
    if cache is not None:
        cache.prune(where)  # only after a load that completed: every current file's entry is known
    return _disk_state(kb, fingerprint_of(contents), contents)


def _disk_state(kb: KnowledgeBase, prints: Fingerprint, contents: Mapping[str, bytes]) -> DiskState:
    file_names = {
        knowledge_file.source.id: file_name(knowledge_file) for knowledge_file in kb.files
    }
    return DiskState(kb=kb, fingerprint=prints, file_names=file_names, raw=contents)


def load_indexed(
    directory: Path,
    build_index: Callable[[KnowledgeBase], T],
    cache: ParseCache | None = None,
    compiled: IndexCache[T] | None = None,
) -> tuple[DiskState, T]:
    """`load`, and the index built from it; both from the compiled cache when every file is
    as it was when they were last built."""
    if not directory.is_dir():
        raise KnowledgeError([not_a_directory(directory)])
    contents, unreadable = read_tree(directory)
    if unreadable:
        load_contents_or_problems(directory, contents, unreadable, cache)
    return compile_contents(directory, contents, build_index, cache, compiled)


def load_contents_or_problems(
    directory: Path,
    contents: Mapping[str, bytes],
    unreadable: list[Problem],
    cache: ParseCache | None,
) -> None:
    """Raise KnowledgeError with every problem: the unreadable files and any invalid ones.
    With no knowledge file read (the directory cannot be listed, say), validating the rest
    would only add "holds no knowledge files"."""
    if not knowledge_file_names(contents):
        raise KnowledgeError(unreadable)
    try:
        load_contents(directory, contents, cache)
    except KnowledgeError as exc:
        raise KnowledgeError([*unreadable, *exc.problems]) from None
    raise KnowledgeError(unreadable)


def compile_contents(
    directory: Path,
    contents: Mapping[str, bytes],
    build_index: Callable[[KnowledgeBase], T],
    cache: ParseCache | None = None,
    compiled: IndexCache[T] | None = None,
) -> tuple[DiskState, T]:
    """Files already read from `directory`, validated and indexed, or their compiled copy."""
    started = time.perf_counter()
    prints = fingerprint_of(contents)
    where = display_path(directory)
    hit = compiled.get(prints, where) if compiled is not None else None
    if hit is not None:
        kb, index = hit
        _log_loaded(directory, kb, started, "its compiled copy read")
        return _disk_state(kb, prints, contents), index
    state = load_contents(directory, contents, cache)
    index = build_index(state.kb)
    if compiled is not None:
        compiled.put(prints, where, state.kb, index)
    _log_loaded(directory, state.kb, started, "validated and indexed")
    return state, index
