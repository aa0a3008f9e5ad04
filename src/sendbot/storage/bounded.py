"""Reading files without trusting them to end: a device, a pipe or /proc can give bytes forever.

`read_at_most` reads one byte past the limit, enough to tell that a file is too large without
holding the rest of it. `read_regular_file` also refuses anything but a regular file, without
waiting on it: a knowledge directory's tree may contain a FIFO, a device or, pointed at /proc,
files that block when read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

CHUNK = 1 << 16


class NotRegular(OSError):
    """Not a regular file (a FIFO, device, socket), or one that would block when read."""


def _read_fd(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    remaining = limit + 1
    while remaining > 0:
        chunk = os.read(fd, min(CHUNK, remaining))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of `path`, but at most `limit` + 1 of them: longer means over the limit."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return _read_fd(fd, limit)
    finally:
        os.close(fd)


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a regular file; `NotRegular` for anything else.

    Looked at before it is opened (opening a device can have effects), opened without
    blocking (a FIFO would wait for a writer) and looked at again (it may have been swapped).
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotRegular(0, "not a regular file")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(0, "not a regular file")
        try:
            return _read_fd(fd, limit)
        except BlockingIOError:  # a pseudo-file such as /proc/kmsg: it waits for data
            raise NotRegular(0, "a special file that waits for data") from None
    finally:
        os.close(fd)
