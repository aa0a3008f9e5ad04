"""The compiled knowledge base and its matching index, cached by content, so a fresh process
with an unchanged knowledge base starts without validating a file or building the index.

At 10,000 facts validating every file takes seconds and building the index about as long;
reading the pickled pair back takes a fraction of a second. An entry is keyed by a hash of
every file of the knowledge directory (documents included), the sendbot version, the index's
own version constant and the source code of the packages that build it, so any change to
the knowledge or to the code that compiles it is a miss and a full load. Entries are
written atomically in the data directory, never anywhere else, and only ever read from
there; an entry's header repeats its key and a hash of its payload, so a truncated,
corrupt or foreign file is ignored (and replaced) before a byte of it is unpickled.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import pickle
import sys
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, Generic, TypeVar

import sendbot.answering
import sendbot.knowledge
from sendbot.knowledge.model import KnowledgeBase
from sendbot.storage.atomic import atomic_file

# Bump when the layout of an entry changes.
FORMAT_VERSION = 1
MAGIC = b"sendbot compiled index\n"
PREFIX, SUFFIX = "index-", ".pickle"
HASH_LINE = 65  # the payload's sha256 in hex, and a newline
READ_CHUNK = 1 << 20

T = TypeVar("T")


@cache
def _code_digest() -> str:
    """The code that parses and indexes knowledge: an edit to it must never meet an old index
    (a version constant that someone forgot to bump would let it)."""
    hasher = hashlib.sha256()
    for package in (sendbot.knowledge, sendbot.answering):
        for path in sorted(Path(next(iter(package.__path__))).glob("*.py")):
            hasher.update(path.name.encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


def _sendbot_version() -> str:
    try:
        return metadata.version("sendbot")
    except metadata.PackageNotFoundError:
        return "unknown"


def content_key(fingerprint: Mapping[str, str], where: str, index_version: str) -> str:
    """What an entry was compiled from: every file's hash, the directory as problems and
    file paths name it, and every version involved."""
    hasher = hashlib.sha256()
    for part in (
        where,
        MAGIC.decode(),
        str(FORMAT_VERSION),
        _sendbot_version(),
        index_version,
        _code_digest(),
        sys.version,
        str(pickle.HIGHEST_PROTOCOL),
    ):
        hasher.update(part.encode() + b"\n")
    for name in sorted(fingerprint):
        hasher.update(f"{name}\0{fingerprint[name]}\n".encode())
    return hasher.hexdigest()


class _Pickler(pickle.Pickler):
    """Rebuilds dataclasses through their constructors: much faster to read back than the
    field-by-field state frozen slotted dataclasses pickle by default. Private fields
    (caches such as a FactIndex's typo corrections) are left out and start empty."""

    def reducer_override(self, obj: Any) -> Any:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            values = tuple(
                getattr(obj, field.name)
                for field in dataclasses.fields(obj)
                if field.init and not field.name.startswith("_")
            )
            return type(obj), values
        return NotImplemented


class _Digesting:
    """A file's `write` that also hashes what is written."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.hasher = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.hasher.update(data)
        return self.file.write(data)


def _header(key: str) -> bytes:
    return MAGIC + key.encode() + b"\n"


def write_entry(file: BinaryIO, key: str, value: object) -> None:
    """An entry: its header (the key, then a hash of the payload) and the pickled payload,
    pickled straight into the file (at 10,000 facts the payload is 12 MB, and a copy of it
    in memory would raise the peak of a start that compiles the index by as much)."""
    header = _header(key)
    file.write(header + bytes(HASH_LINE))  # the payload's hash goes here once it is written
    payload = _Digesting(file)
    _Pickler(payload, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    file.seek(len(header))
    file.write(payload.hasher.hexdigest().encode() + b"\n")


def read_entry(file: BinaryIO, key: str) -> object | None:
    """The payload of an entry written by `write_entry` for `key`, or None when the file is
    not one whole (its header and its payload's hash are checked before a byte of the
    payload is unpickled). Read from the file in pieces, never held whole in memory."""
    header = _header(key)
    if file.read(len(header)) != header:
        return None
    digest = file.read(HASH_LINE)[:-1]
    start = file.tell()
    hasher = hashlib.sha256()
    while chunk := file.read(READ_CHUNK):
        hasher.update(chunk)
    if hasher.hexdigest().encode() != digest:
        return None
    file.seek(start)
    with _long_lived():
        value: object = pickle.load(file)
    return value


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """Unpickling creates several hundred thousand objects that live as long as the index
    and hold no reference cycles: the cyclic collector would only scan them again and again
    (a third of the time), then once more in full at some later question. They are frozen
    out of its sight instead; reference counting still frees them when the index goes.
    Garbage already waiting is collected first, so that none of it is frozen with them."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class IndexCache(Generic[T]):
    """Entries of (KnowledgeBase, index) in `directory`, for one kind of index."""

    def __init__(self, directory: Path, index_type: type[T], index_version: str) -> None:
        self.directory = directory
        self.index_type = index_type
        self.index_version = f"{index_type.__module__}.{index_type.__qualname__} {index_version}"

    def _path(self, key: str) -> Path:
        return self.directory / f"{PREFIX}{key}{SUFFIX}"

    def get(self, fingerprint: Mapping[str, str], where: str) -> tuple[KnowledgeBase, T] | None:
        """The compiled pair for exactly these files, or None (absent, stale or damaged)."""
        key = content_key(fingerprint, where, self.index_version)
        try:
            with self._path(key).open("rb") as file:
                value = read_entry(file, key)
        except OSError:
            return None
        except Exception:  # written by us and hashed, so only a bug gets here: rebuild
            return None
        if not (isinstance(value, tuple) and len(value) == 2):
            return None
        kb, index = value
        if isinstance(kb, KnowledgeBase) and isinstance(index, self.index_type):
            return kb, index
        return None

    def put(self, fingerprint: Mapping[str, str], where: str, kb: KnowledgeBase, index: T) -> None:
        """Save the pair compiled from these files; older entries go. Best effort: a cache
        that cannot be written only costs time at the next start."""
        key = content_key(fingerprint, where, self.index_version)
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
            self.directory.mkdir(parents=True, exist_ok=True)
            with (
                atomic_file(self._path(key), durable=False) as fd,
                open(fd, "wb", closefd=False) as file,
            ):
                write_entry(file, key, (kb, index))
            for old in self.directory.glob(f"{PREFIX}*{SUFFIX}"):
                if old.name != self._path(key).name:
                    old.unlink(missing_ok=True)
