"""A writer killed at each step of saving a change: history agrees with the file afterwards.

The child process is the real store with one step replaced by "run it (or not), then SIGKILL
myself", so each crash lands exactly where the test says, every time."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.revisions import with_revision
from sendbot.storage.history import History
from sendbot.storage.loader import load
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import KB_FILE, REPO, another_answer, copy_knowledge

QUESTION = "what is the HNB for?"

KILLED_CHILD = """
import asyncio, os, signal, sys
from pathlib import Path
from sendbot.storage import store as store_module
from sendbot.storage.history import History

kb_dir, data_dir, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

real_write, real_begin, real_commit = store_module.write_atomic, History.begin, History.commit

def write_atomic(path, data):
    if path.parent == kb_dir.resolve() and point == "before-rename":
        die()
    real_write(path, data)
    if path.parent == kb_dir.resolve() and point == "after-rename":
        die()

def begin(self, *args):
    if point == "before-intent":
        die()
    real_begin(self, *args)

def commit(self, seq):
    if point == "before-commit":
        die()
    real_commit(self, seq)

store_module.write_atomic = write_atomic
History.begin, History.commit = begin, commit
store = store_module.KnowledgeStore(kb_dir, data_dir)
if sys.argv[4] == "undo":
    asyncio.run(store.undo("cli:killed"))
else:
    asyncio.run(store.add_alias("high-needs-budget", sys.argv[4], actor="cli:killed"))
print("not killed")
"""


def kill_while_saving(kb_dir: Path, data_dir: Path, point: str, change: str = QUESTION) -> None:
    """Kill a writer at `point` while it saves `change`: an alias with that question, or
    "undo"."""
    child = subprocess.run(
        [sys.executable, "-c", KILLED_CHILD, str(kb_dir), str(data_dir), point, change],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == -9, child.stdout + child.stderr


def pending_rows(data_dir: Path) -> list[tuple[int, str]]:
    """Each change's seq and state, read straight from the database."""
    with sqlite3.connect(data_dir / "state.sqlite3") as conn:
        return [tuple(row) for row in conn.execute("SELECT seq, state FROM history ORDER BY seq")]


def questions(kb: KnowledgeBase) -> tuple[str, ...]:
    fact = kb.fact("high-needs-budget")
    assert fact is not None
    return fact.questions


@pytest.mark.parametrize("point", ["before-intent", "before-rename"])
def test_killed_before_the_file_is_replaced_nothing_is_saved_or_listed(
    tmp_path: Path, point: str
) -> None:
    kb_dir, data_dir = copy_knowledge(tmp_path), tmp_path / "data"
    original = (kb_dir / KB_FILE).read_bytes()

    kill_while_saving(kb_dir, data_dir, point)

    assert (kb_dir / KB_FILE).read_bytes() == original
    store = KnowledgeStore(kb_dir, data_dir)
    assert store.history() == []
    assert store.interrupted == ()
    assert sorted(os.listdir(kb_dir)) == sorted(os.listdir(copy_knowledge(tmp_path / "fresh")))
    entry = asyncio.run(store.add_alias("high-needs-budget", "the next change", actor="a"))
    assert entry.seq == 1


def test_killed_after_the_rename_the_change_is_listed_and_undone_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb_dir, data_dir = copy_knowledge(tmp_path), tmp_path / "data"
    original = (kb_dir / KB_FILE).read_bytes()
    revision = load(kb_dir).kb.files[0].revision

    kill_while_saving(kb_dir, data_dir, "after-rename")

    assert QUESTION in questions(load(kb_dir).kb)  # the change is on disk...
    assert History(data_dir).newest() == []  # ...its entry still pending, so not yet listed
    # `kb history` looks at the file and lists it as made, without settling it: a read.
    args = ["--kb", str(kb_dir), "--data", str(data_dir), "kb"]
    state = pending_rows(data_dir)
    assert main([*args, "history"]) == 0
    assert "#1 " in (out := capsys.readouterr().out)
    assert "cli:killed alias high-needs-budget" in out
    assert pending_rows(data_dir) == state == [(1, "pending")]
    # The next saved change (here the undo) settles it under the write lock, then undoes it.

    assert main([*args, "undo"]) == 0
    assert pending_rows(data_dir) == [(1, "committed"), (2, "committed")]
    entry = History(data_dir).newest()[-1]
    assert (entry.seq, entry.revision_after) == (1, revision + 1)
    restored = (kb_dir / KB_FILE).read_bytes()
    # The exact bytes from before, but for the revision line, which only ever goes up.
    assert restored == with_revision(original.decode(), revision + 2).encode()
    assert QUESTION not in questions(load(kb_dir).kb)
    assert [e.action for e in History(data_dir).newest()] == ["undo", "alias"]


def test_a_file_changed_by_hand_after_the_crash_is_reported_not_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb_dir, data_dir = copy_knowledge(tmp_path), tmp_path / "data"
    kill_while_saving(kb_dir, data_dir, "after-rename")
    path = kb_dir / KB_FILE
    path.write_text(path.read_text().replace(QUESTION, "what is the HNB, really?"))

    # `kb history` says so without writing; the store, a writer, sets the change aside.
    args = ["--kb", str(kb_dir), "--data", str(data_dir), "kb", "history"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert out == "no saved changes\n"
    assert err.startswith("warning: change #1 (alias high-needs-budget by cli:killed) was")
    assert pending_rows(data_dir) == [(1, "pending")]
    store = KnowledgeStore(kb_dir, data_dir)

    assert store.history() == []
    assert pending_rows(data_dir) == [(1, "unknown")]
    [report] = store.interrupted
    assert report.startswith("change #1 (alias high-needs-budget by cli:killed) was interrupted")
    entry = asyncio.run(store.add_alias("high-needs-budget", "next", actor="a"))
    assert entry.seq == 2  # the number set aside is not reused


def test_an_undone_add_source_killed_before_it_is_marked_done_still_raises_the_revision(
    tmp_path: Path,
) -> None:
    kb_dir, data_dir = copy_knowledge(tmp_path), tmp_path / "data"
    store = KnowledgeStore(kb_dir, data_dir)
    asyncio.run(store.replace_file("new.yaml", another_answer(kb_dir), actor="a"))
    added = store.current.revision
    store.close()

    kill_while_saving(kb_dir, data_dir, "before-commit", "undo")  # the file is gone by then

    assert not (kb_dir / "new.yaml").exists()
    again = KnowledgeStore(kb_dir, data_dir)  # settles the undo as made
    assert [e.action for e in again.history()] == ["undo", "add-source"]
    assert again.current.revision == added + 1
