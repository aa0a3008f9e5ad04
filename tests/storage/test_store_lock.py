"""Two processes saving at once (a bot and a `sendbot kb` command, or two bot processes on one
data directory) never lose an edit: the write lock in the data directory makes each
read-modify-write one process's alone, and a lock held too long is refused in one line."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sendbot.knowledge.errors import StoreBusy
from sendbot.knowledge.model import KnowledgeBase
from sendbot.settings import Settings
from sendbot.storage.curation import Curation
from sendbot.storage.loader import load
from sendbot.storage.store import LOCK_FILE, KnowledgeStore
from tests.storage.storekit import KB_FILE, REPO, sha256

FACT = "high-needs-budget"
EDITS_EACH = 8

# One process saving: it opens the store, says "ready", waits for the go file (so that both
# processes start saving at the same moment), then adds its aliases one after another.
SAVER = """
import asyncio, sys, time
from pathlib import Path
from sendbot.storage.store import KnowledgeStore

kb_dir, data_dir, go, name, count = sys.argv[1:]
store = KnowledgeStore(Path(kb_dir), Path(data_dir))
print("ready", flush=True)
while not Path(go).exists():
    time.sleep(0.001)

async def main():
    for n in range(int(count)):
        await store.add_alias("high-needs-budget", f"{name} question {n}", actor=name)

asyncio.run(main())
print("saved", flush=True)
"""

# Holds the data directory's write lock, as a process stuck in the middle of a save would.
HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(60)
"""


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )


def test_two_processes_saving_at_once_both_keep_their_edits(
    kb_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    start = KnowledgeStore(kb_dir, data_dir)
    revision = start.current.revision
    go = tmp_path / "go"
    savers = [
        _python(SAVER, str(kb_dir), str(data_dir), str(go), name, str(EDITS_EACH))
        for name in ("bot", "cli")
    ]
    for saver in savers:
        assert saver.stdout is not None
        assert saver.stdout.readline().strip() == "ready"
    go.touch()
    for saver in savers:
        out, _ = saver.communicate(timeout=120)
        assert saver.returncode == 0
        assert out.strip() == "saved"

    expected = {f"{name} question {n}" for name in ("bot", "cli") for n in range(EDITS_EACH)}
    kb = load(kb_dir).kb
    fact = kb.fact(FACT)
    assert fact is not None
    assert expected <= set(fact.questions)  # the file holds every edit of both processes
    history = KnowledgeStore(kb_dir, data_dir).history(limit=100)
    assert {entry.after["questions"][-1] for entry in history if entry.after} == expected
    assert sorted(entry.seq for entry in history) == list(range(1, 2 * EDITS_EACH + 1))
    assert sum(f.revision for f in kb.files) == revision + 2 * EDITS_EACH


def test_a_lock_held_too_long_is_refused_in_one_line_and_changes_nothing(
    kb_dir: Path, data_dir: Path
) -> None:
    store: KnowledgeStore[KnowledgeBase] = KnowledgeStore(kb_dir, data_dir, lock_timeout=0.3)
    before = sha256(kb_dir / KB_FILE)
    holder = _python(HOLDER, str(data_dir / LOCK_FILE))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusy) as caught:
            asyncio.run(store.add_alias(FACT, "while it is busy", actor="a"))
    finally:
        holder.kill()
        holder.wait()

    message = str(caught.value)
    assert "\n" not in message
    assert message == (
        "the knowledge base is busy: another process (a bot or a `sendbot kb` command) has "
        f"held the lock on {data_dir.resolve() / LOCK_FILE} for over 0.3 s; "
        "try again in a moment"
    )
    assert sha256(kb_dir / KB_FILE) == before
    assert store.history() == []
    # The holder is gone (the kernel let go of its lock): the same change now saves.
    asyncio.run(store.add_alias(FACT, "while it is busy", actor="a"))
    fact = load(kb_dir).kb.fact(FACT)
    assert fact is not None and "while it is busy" in fact.questions


def test_the_bot_waits_for_a_lock_as_long_as_sendbot_lock_seconds_says(
    kb_dir: Path, data_dir: Path
) -> None:
    settings = Settings.from_env(
        {"SENDBOT_LOCK_SECONDS": "0.3"}, kb_path=str(kb_dir), data_dir=str(data_dir)
    )
    curation = Curation.open(settings)
    holder = _python(HOLDER, str(data_dir / LOCK_FILE))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreBusy, match=r"for over 0\.3 s; try again in a moment$"):
            asyncio.run(curation.store.add_alias(FACT, "while it is busy", actor="a"))
    finally:
        holder.kill()
        holder.wait()
        curation.close()
    assert curation.store.history() == []
