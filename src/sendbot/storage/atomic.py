"""Crash-safe file primitives: atomic replace, durable append, and an inter-process lock.

After a crash (power cut, SIGKILL) a file written with `write_atomic` holds either its old
content or its new content, never a mix; a line added with `append_line` is either whole or
a torn last line that readers skip.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in `directory` survive a power cut."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes | memoryview, *, durable: bool = True) -> None:
    """Replace `path` with `data`: temp file in the same folder, fsync, rename, fsync folder.

    Without `durable` the fsyncs are skipped: still never a torn file, but a power cut may
    lose the write (fine for a cache)."""
    with atomic_file(path, durable=durable) as fd:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]


@contextlib.contextmanager
def atomic_file(path: Path, *, durable: bool = True) -> Iterator[int]:
    """A new file open for writing (its descriptor) that replaces `path`, as `write_atomic`
    does, once the block completes: for content written a piece at a time, never held whole
    in memory. If the block raises, `path` is left as it was."""
    # Hidden, so a half-written temp file is never mistaken for a knowledge file.
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            yield fd
            os.fchmod(fd, mode)  # the umask must not change a file's permissions on rewrite
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if durable:
        fsync_dir(path.parent)


def remove_stale_temp_files(directory: Path, prefix: str = ".") -> None:
    """Temp files left by a writer that was killed. Call only while holding the write lock."""
    for temp in directory.glob(f"{prefix}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            temp.unlink()


def append_line(path: Path, line: str, *, durable: bool = True) -> None:
    """Append one line (and fsync it if `durable`). A torn line left by a crash stays a line
    of its own instead of corrupting the next one."""
    if "\n" in line:
        raise ValueError("a line must not contain a newline")
    new = not path.exists()
    with path.open("a+b") as file:
        file.seek(0, os.SEEK_END)
        prefix = b""
        if file.tell() > 0:
            file.seek(-1, os.SEEK_END)
            if file.read(1) != b"\n":
                prefix = b"\n"
        file.write(prefix + line.encode("utf-8") + b"\n")
        file.flush()
        if durable:
            os.fsync(file.fileno())
    if new and durable:
        fsync_dir(path.parent)


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an flock on `path` (a lock file, created if missing, or a directory).

    The kernel drops the lock when the holder dies, so a killed writer never leaves it stuck.
    """
    if path.is_dir():
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    else:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
