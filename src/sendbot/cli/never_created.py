"""Why a missing data directory could never be created, found without creating anything: a
command that only reads (`kb history`, `kb gaps`, `kb stats`) writes nothing, not even the
directory, yet "no saved changes" (exit 0) of a directory that can never hold any reads as
an empty history where the path is what is wrong (HOME=/sys, a mistyped --data)."""

from __future__ import annotations

import os
from pathlib import Path


def nearest_existing(path: Path) -> Path | None:
    """The nearest of `path`'s parents that exists (a link counts, broken or not)."""
    return next((parent for parent in path.parents if os.path.lexists(parent)), None)


def why_never_created(path: Path) -> str | None:
    """Why `path`, which does not exist, could not be made under the nearest directory above
    it that does, or None when it could (or when that cannot be told without trying). A file
    there is said by the caller, which names it."""
    under = nearest_existing(path)
    if under is None or not under.is_dir():
        return None
    try:
        found = os.statvfs(under)
    except OSError:
        return None
    if found.f_flag & os.ST_RDONLY:
        return f"{under} is on a read-only file system"
    # /sys and /proc hold no blocks: nothing but the kernel's own entries can be made there
    # (root may write to them as far as access() can tell, and mkdir still fails).
    if found.f_blocks == 0:
        return f"{under} holds no files of its own (a virtual file system)"
    if not os.access(under, os.W_OK | os.X_OK):
        return f"{under} is not writable"
    return None
