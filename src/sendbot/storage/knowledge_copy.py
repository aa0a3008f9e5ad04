"""`sendbot init DIR`: an editable copy of the knowledge base installed with sendbot."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from sendbot.settings import BUNDLED_KNOWLEDGE

# Exit statuses as README's "exit status" paragraph gives them.
USAGE = 2  # the target given cannot take a copy: a usage problem
CANNOT_WRITE = 1


def _fail(message: str, status: int) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return status


def copy_bundled_knowledge(target: Path, bundled: Path = BUNDLED_KNOWLEDGE) -> int:
    """Copy the bundled knowledge files into `target`, which must be new or empty."""
    if target.exists() and not target.is_dir():
        return _fail(f"{target} is a file; give a new or empty directory", USAGE)
    try:
        if target.is_dir() and any(target.iterdir()):
            return _fail(f"{target} is not empty; give a new or empty directory", USAGE)
        shutil.copytree(
            bundled,
            target,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.pyc"),
        )
    except OSError as exc:
        return _fail(f"cannot copy into {target}: {exc.strerror or exc}", CANNOT_WRITE)
    files = sum(1 for path in target.rglob("*") if path.is_file())
    print(f"copied {files} files into {target}")
    print(f"use it with --kb {target.resolve()} or SENDBOT_KB={target.resolve()}")
    return 0
