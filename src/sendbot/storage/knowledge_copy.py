"""`sendbot init DIR`: an editable copy of the knowledge base installed with sendbot, or of the
one `--kb` names."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from sendbot.settings import BUNDLED_KNOWLEDGE

# Exit statuses as README's "exit status" paragraph gives them.
USAGE = 2  # the target given cannot take a copy: a usage problem
CANNOT_WRITE = 1

# Not knowledge: bytecode, the package's own module, and hidden files (a `.git` directory),
# which the loader does not read either.
NOT_COPIED = shutil.ignore_patterns("__pycache__", "*.py", "*.pyc", ".*")


def _fail(message: str, status: int) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return status


def _inside(target: Path, origin: Path) -> bool:
    # realpath, not Path.resolve: that raises RuntimeError on a symlink loop.
    return Path(os.path.realpath(target)).is_relative_to(os.path.realpath(origin))


def copy_bundled_knowledge(target: Path, bundled: Path = BUNDLED_KNOWLEDGE) -> int:
    """Copy the bundled knowledge files into `target`, which must be new or empty."""
    return copy_knowledge(target, bundled, named=False)


def copy_knowledge(target: Path, origin: Path, *, named: bool) -> int:
    """Copy the knowledge files of `origin` into `target`, which must be new or empty.
    `named`: `origin` is a base the user named (--kb), which the first line then names too,
    rather than the bundled one."""
    if target.exists() and not target.is_dir():
        return _fail(f"{target} is a file; give a new or empty directory", USAGE)
    if named and _inside(target, origin):
        # shutil would copy the copy into itself, level after level.
        return _fail(f"{target} is inside {origin}, the knowledge base to copy; give a "
                     "directory outside it", USAGE)  # fmt: skip
    try:
        if target.is_dir() and any(target.iterdir()):
            return _fail(f"{target} is not empty; give a new or empty directory", USAGE)
        shutil.copytree(origin, target, dirs_exist_ok=True, ignore=NOT_COPIED)
    except OSError as exc:
        return _fail(f"cannot copy into {target}: {exc.strerror or exc}", CANNOT_WRITE)
    files = sum(1 for path in target.rglob("*") if path.is_file())
    print(f"copied {files} files " + (f"of {origin} " if named else "") + f"into {target}")
    # Quoted where the shell needs it: "--kb /home/me/my kb" pasted as printed would split.
    shown = shlex.quote(str(target.resolve()))
    print(f"use it with --kb {shown} or SENDBOT_KB={shown}")
    if named:
        # The copy is at the revision its origin's history left: with the same data directory,
        # `kb undo --kb COPY` would take that history's changes as its own.
        print("and give it a data directory of its own (--data or SENDBOT_DATA): with "
              f"{origin}'s, kb undo takes {origin}'s changes for the copy's")  # fmt: skip
    return 0
