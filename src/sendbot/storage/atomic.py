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
import threading
import time
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


class LockTimeout(Exception):
    """A lock was not free within the time allowed: another writer holds it."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path, self.timeout = path, timeout
        super().__init__(f"{path} was still locked after {timeout:g} s")


@contextlib.contextmanager
def exclusive_lock(path: Path, timeout: float) -> Iterator[None]:
    """Hold an flock on `path` (a lock file, created if missing, or a directory), waiting at
    most `timeout` seconds for another holder to let go (LockTimeout after that).

    The kernel drops the lock when the holder dies, so a killed writer never leaves it stuck.
    """
    if path.is_dir():
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    else:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _flock_within(fd, path, timeout)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _flock_within(fd: int, path: Path, timeout: float) -> None:
    # flock has no timeout of its own: try without blocking, and wait a little longer each
    # time (a save usually takes milliseconds; polling every 50 ms at most costs nothing).
    deadline = time.monotonic() + timeout
    pause = 0.001
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LockTimeout(path, timeout) from None
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.05)


@contextlib.contextmanager
def all_held_within(timeout: float, thread_lock: threading.Lock, *paths: Path) -> Iterator[None]:
    """Hold `thread_lock` (this process's writers'), then an flock on each of `paths` in
    order, all taken within `timeout` seconds in total, else LockTimeout naming the one still
    held by someone else (the first path, for the thread lock, which guards the same work)."""
    deadline = time.monotonic() + timeout
    if not thread_lock.acquire(timeout=timeout):
        raise LockTimeout(paths[0], timeout)
    try:
        with contextlib.ExitStack() as held:
            for path in paths:
                left = max(0.0, deadline - time.monotonic())
                try:
                    held.enter_context(exclusive_lock(path, left))
                except LockTimeout:
                    raise LockTimeout(path, timeout) from None
            yield
    finally:
        thread_lock.release()
