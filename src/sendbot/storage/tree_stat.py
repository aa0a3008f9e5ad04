"""A cheap look at whether a directory's files changed: names, sizes, modification times.

Reading a file's status costs a system call; hashing it costs reading every byte. A store
compares signatures first and hashes only when they differ. A file modified within
`RACY_SECONDS` of being looked at could change again without its size or modification time
changing (coarse file-system clocks), so such a signature is not trusted: the caller hashes.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

RACY_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class TreeSignature:
    files: frozenset[tuple[str, int, int, int, int]]  # (path, size, mtime, ctime, inode)
    settled: bool  # every file was last modified comfortably before the signature was taken

    def same_as(self, other: TreeSignature | None) -> bool:
        """True only when both were settled and nothing differs."""
        return other is not None and self.settled and other.settled and self.files == other.files


def tree_signature(directory: Path) -> TreeSignature:
    """The status of every visible file under `directory` (hidden temp files are skipped)."""
    now_ns = time.time_ns()
    files = []
    newest = 0
    for root, folders, names in os.walk(directory):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            path = Path(root) / name
            try:
                status = path.stat()
            except OSError:
                continue
            relative = path.relative_to(directory).as_posix()
            files.append(
                (relative, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
            )
            newest = max(newest, status.st_mtime_ns)
    settled = now_ns - newest > RACY_SECONDS * 1e9
    return TreeSignature(frozenset(files), settled)
