"""`sendbot kb` while another process holds the write lock (a bot or a command stuck in the
middle of a save): after SENDBOT_LOCK_SECONDS it gives up in one line, having changed nothing.
Every process here is a real one, as on a host: the lock is the kernel's flock."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sendbot.storage.store import LOCK_FILE, KnowledgeStore
from tests.cli.runner import run_sendbot
from tests.storage.storekit import KB_FILE, REPO, tree_hashes

FACT = "high-needs-budget"
ALIAS = ["kb", "alias", FACT, "what is the pot for high needs?", "--force"]

# Holds an flock on its argument (the data directory's lock file, or the knowledge directory
# itself) until its standard input closes, as a process stuck in the middle of a save would.
HOLDER = """
import fcntl, os, sys
path = sys.argv[1]
if os.path.isdir(path):
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
else:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def started(kb_dir: Path, data_dir: Path) -> Path:
    """A data directory that has served the knowledge base once (its state database made)."""
    KnowledgeStore(kb_dir, data_dir).close()
    return data_dir


@contextlib.contextmanager
def holding(path: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"  # the lock is taken before we go on
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()  # lets go of the lock
        holder.wait(timeout=30)


@pytest.mark.parametrize("held", ["the data directory's lock", "the knowledge directory"])
def test_a_change_refused_as_busy_says_so_in_one_line_and_changes_nothing(
    kb_dir: Path, started: Path, held: str
) -> None:
    data_dir = started
    locked = data_dir / LOCK_FILE if held == "the data directory's lock" else kb_dir
    shown = data_dir.resolve() / LOCK_FILE if locked != kb_dir else kb_dir
    knowledge_before = tree_hashes(kb_dir)
    lock_seconds = {"SENDBOT_LOCK_SECONDS": "0.5"}

    with holding(locked):
        began = time.monotonic()
        refused = run_sendbot(
            "--kb", str(kb_dir), *ALIAS, cwd=kb_dir.parent, data=data_dir, env=lock_seconds
        )
        waited = time.monotonic() - began
        history = run_sendbot("--kb", str(kb_dir), "kb", "history", cwd=kb_dir.parent,
                              data=data_dir, env=lock_seconds)  # fmt: skip

    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr == (
        "refused: the knowledge base is busy: another process (a bot or a `sendbot kb` "
        f"command) has held the lock on {shown} for over 0.5 s; try again in a moment\n"
    )
    assert waited < 30  # the limit set, not the default minute
    assert tree_hashes(kb_dir) == knowledge_before
    # Reading the history takes no lock: it shows that nothing was recorded.
    assert (history.returncode, history.stdout) == (0, "no saved changes\n")

    # Once the other process lets go, the same command saves.
    saved = run_sendbot("--kb", str(kb_dir), *ALIAS, cwd=kb_dir.parent, data=data_dir)
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith("saved #1 ")


@pytest.mark.parametrize("value", ["soon", "0"])  # the rest: tests/test_settings.py
def test_a_bad_lock_limit_stops_the_command_in_one_line(
    kb_dir: Path, data_dir: Path, value: str
) -> None:
    before = tree_hashes(kb_dir)
    done = run_sendbot(
        "--kb", str(kb_dir), *ALIAS, cwd=kb_dir.parent, data=data_dir,
        env={"SENDBOT_LOCK_SECONDS": value},
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == (
        "sendbot: SENDBOT_LOCK_SECONDS must be a number of seconds from 0.1 to 3600\n"
    )
    assert tree_hashes(kb_dir) == before
    assert KB_FILE in before
