"""`sendbot kb` when the data directory cannot record a change part way through a save (a
full disk, a read-only mount): one clear line, and the saved facts and history agree."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import NoReturn

import pytest

from sendbot.cli.main import main
from sendbot.storage.database import connect
from sendbot.storage.history import History
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import KB_FILE, tree_hashes

ALIAS = ["kb", "alias", "high-needs-budget", "what is the pot for high needs?", "--force"]


def run(kb_dir: Path, data_dir: Path, *args: str) -> int:
    return main(["--kb", str(kb_dir), "--data", str(data_dir), *args])


def disk_full(*args: object) -> NoReturn:
    raise sqlite3.OperationalError("database or disk is full")


def backup_disk_full(self: object, seq: int, name: str, data: bytes) -> NoReturn:
    # As write_atomic fails: naming its hidden temp file, which means nothing to a moderator.
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), f".{seq:06d}-{name}.1.ab.tmp")


@pytest.mark.parametrize("fails", ["the backup", "the history entry"])
def test_a_change_that_cannot_be_recorded_is_refused_in_one_line_and_not_saved(
    kb_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fails: str,
) -> None:
    before = (kb_dir / KB_FILE).read_bytes()
    if fails == "the backup":
        monkeypatch.setattr(KnowledgeStore, "_backup", backup_disk_full)
        reason = "No space left on device"
    else:
        monkeypatch.setattr(History, "begin", disk_full)
        reason = "database or disk is full"

    assert run(kb_dir, data_dir, *ALIAS) == 1
    assert capsys.readouterr().err == (
        f"refused: cannot record the change in the data directory {data_dir} ({reason}); "
        "nothing was saved\n"
    )
    assert (kb_dir / KB_FILE).read_bytes() == before
    monkeypatch.undo()
    assert run(kb_dir, data_dir, "kb", "history") == 0
    assert capsys.readouterr().out == "no saved changes\n"


def test_a_change_written_but_not_marked_done_is_reported_saved_listed_and_undoable(
    kb_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # It said "unexpected error" for a change that was in the file and being served.
    original = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    monkeypatch.setattr(History, "commit", disk_full)
    assert run(kb_dir, data_dir, *ALIAS) == 0
    assert capsys.readouterr().out.startswith("saved #1 ")
    assert "change #1 is saved, but the data directory" in caplog.text
    assert "what is the pot for high needs?" in (kb_dir / KB_FILE).read_text(encoding="utf-8")
    monkeypatch.undo()

    assert run(kb_dir, data_dir, "kb", "history") == 0
    assert capsys.readouterr().out.startswith("#1 ")
    assert run(kb_dir, data_dir, "kb", "undo") == 0
    assert "reverts #1" in capsys.readouterr().out
    assert (kb_dir / KB_FILE).read_text(encoding="utf-8") == original.replace(
        "revision: 1", "revision: 3"
    )


def test_a_state_database_that_cannot_be_opened_on_a_full_disk_says_the_disk_is_full(
    kb_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # SQLite says only "disk I/O error" when it cannot create its journal beside the file;
    # one it could not open at all was an "unexpected error".
    assert run(kb_dir, data_dir, *ALIAS) == 0
    capsys.readouterr()
    before = (kb_dir / KB_FILE).read_bytes()
    for path in data_dir.glob("state.sqlite3*"):  # a database SQLite cannot open
        path.unlink()
    (data_dir / "state.sqlite3").mkdir()
    monkeypatch.setattr(
        "sendbot.storage.database.shutil.disk_usage",
        lambda path: type("Usage", (), {"free": 0})(),
    )

    assert run(kb_dir, data_dir, "kb", "history") == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"sendbot: {data_dir / 'state.sqlite3'}: ")
    assert line.endswith(" (the disk holding it is full)")
    assert run(kb_dir, data_dir, "kb", "undo") == 1
    assert (kb_dir / KB_FILE).read_bytes() == before


@pytest.mark.parametrize("damage", ["not a database", "cut short", "from a newer sendbot"])
def test_a_damaged_or_newer_state_database_is_one_line_and_the_facts_stay(
    kb_dir: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    # A database with a history in it, made apart (no connection of this process stays open).
    made = tmp_path / "made"
    connect(made).close()
    database = data_dir / "state.sqlite3"
    data_dir.mkdir()
    shutil.copyfile(made / "state.sqlite3", database)
    advice = (
        "the knowledge files are unaffected: restore it from a backup, or move it aside "
        "to start history, gaps and stats afresh"
    )
    if damage == "from a newer sendbot":
        conn = sqlite3.connect(database)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
        advice = "upgrade sendbot"
    elif damage == "not a database":
        database.write_bytes(b"\x00garbage" * 500)
    else:
        with database.open("r+b") as file:
            file.truncate(5000)
    before = tree_hashes(kb_dir)

    for command in (ALIAS, ["kb", "history"], ["kb", "undo"]):
        assert run(kb_dir, data_dir, *command) == 1
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith(f"sendbot: {database}: ") and line.endswith(advice), line
    assert tree_hashes(kb_dir) == before


def test_a_directory_where_the_state_database_goes_is_named_as_one(
    kb_dir: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite's own words were "unable to open database file", which reads like a permission.
    database = data_dir / "state.sqlite3"
    database.mkdir(parents=True)
    before = tree_hashes(kb_dir)
    for command in (ALIAS, ["kb", "history"], ["kb", "gaps"]):
        assert run(kb_dir, data_dir, *command) == 1
        (line,) = capsys.readouterr().err.splitlines()
        assert line == (
            f"sendbot: {database}: is a directory, not the state database; move it aside to "
            "start history, gaps and stats afresh"
        )
    assert tree_hashes(kb_dir) == before
