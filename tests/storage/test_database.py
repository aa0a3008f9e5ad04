"""The state database: created and versioned on first use, and the JSON-lines state of
earlier versions imported once and kept as a backup."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sendbot.storage.database import MIGRATIONS, SCHEMA_VERSION, DatabaseError, connect
from sendbot.storage.gaps import AnswerStats, GapLog
from sendbot.storage.history import History

OLD_HISTORY = [
    {
        "seq": 1, "time": "2024-02-09T10:00:00Z", "actor": "cli:alice", "action": "alias",
        "file": "a.yaml", "fact_id": "high-needs-budget", "fields": ["questions"],
        "before": {"id": "high-needs-budget"}, "after": {"id": "high-needs-budget"},
        "revision_before": 1, "revision_after": 2, "undoes": None, "index": 0,
        "backup": "backups/000001-a.yaml", "file_before_sha256": "ab", "file_after_body": "cd",
    },
    {
        "seq": 2, "time": "2024-02-09T11:00:00Z", "actor": "discord:bob", "action": "undo",
        "file": "a.yaml", "fact_id": "high-needs-budget", "fields": ["questions"],
        "before": None, "after": None, "revision_before": 2, "revision_after": 3,
        "undoes": 1, "index": 0, "backup": None, "file_before_sha256": None,
        "file_after_body": None,
    },
]  # fmt: skip


def write_old_state(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(record) for record in OLD_HISTORY]
    (data_dir / "history.jsonl").write_text("\n".join(lines) + '\n{"seq": 3, "ti')  # torn
    gap = {"question": "What about transport?", "first": "2024-02-08T09:00:00Z"}
    gaps = [
        {**gap, "key": "what about transport", "count": 2, "last": "2024-02-08T09:05:00Z",
         "reasons": {"abstained": 2}, "suggested": {"high-needs-budget": 1}},
        {**gap, "key": "what about transport", "count": 1, "last": "2024-02-08T10:00:00Z",
         "reasons": {"not-what-i-asked": 1}, "suggested": {}},
    ]  # fmt: skip
    (data_dir / "gaps.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gaps))
    stats = [{"answers": {"a-fact": 3}, "abstains": 1}, {"answers": {"a-fact": 1}, "abstains": 2}]
    (data_dir / "stats.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stats))


def old_database(data_dir: Path, version: int) -> sqlite3.Connection:
    """The state database as a sendbot at schema `version` left it, open to fill in."""
    old = sqlite3.connect(data_dir / "state.sqlite3")
    for script in MIGRATIONS[:version]:
        for statement in script.split(";"):
            if statement.strip():
                old.execute(statement)
    old.execute(f"PRAGMA user_version = {version}")
    return old


def test_old_state_files_are_imported_once_and_kept_as_backups(tmp_path: Path) -> None:
    write_old_state(tmp_path)
    old_bytes = {name: (tmp_path / name).read_bytes() for name in ("history.jsonl", "gaps.jsonl")}

    history = History(tmp_path).newest()

    assert [(e.seq, e.action, e.undoes) for e in history] == [(2, "undo", 1), (1, "alias", None)]
    assert history[1].describe() == (
        "#1 2024-02-09T10:00:00Z cli:alice alias high-needs-budget (questions) [revision 1 -> 2]"
    )
    [gap] = GapLog(tmp_path).top()
    # These files predate "partial": their "abstained" counted replies in part too.
    assert (gap.count, gap.reasons) == (3, {"abstained-or-partial": 2, "not-what-i-asked": 1})
    assert gap.suggested == ("high-needs-budget",)
    stats = AnswerStats(tmp_path).stats()
    assert (stats.answers, stats.abstains, stats.top_facts) == (4, 3, (("a-fact", 4),))
    for name, data in old_bytes.items():
        assert not (tmp_path / name).exists()
        assert (tmp_path / f"{name}.migrated").read_bytes() == data

    # Opened again (or killed before the rename and the file still there): counted once.
    (tmp_path / "gaps.jsonl").write_bytes(old_bytes["gaps.jsonl"])
    assert GapLog(tmp_path).top()[0].count == 3
    assert (tmp_path / "gaps.jsonl.migrated.2").exists()
    assert len(History(tmp_path).newest()) == 2


def test_the_schema_is_versioned(tmp_path: Path) -> None:
    conn = connect(tmp_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    newer = sqlite3.connect(tmp_path / "state.sqlite3")
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.close()
    with pytest.raises(DatabaseError, match="upgrade sendbot"):
        connect(tmp_path)


def test_a_version_1_database_keeps_its_history_when_upgraded(tmp_path: Path) -> None:
    # Version 2 records the document an add-source brought; older entries have none.
    old = old_database(tmp_path, 1)
    old.execute(
        "INSERT INTO history (seq, state, time, actor, action, file, fields, revision_before,"
        " revision_after) VALUES (1, 'committed', '2024-02-09T10:00:00Z', 'cli:alice',"
        " 'add-source', 'a.yaml', '[]', 1, 2)"
    )
    old.commit()
    old.close()
    (entry,) = History(tmp_path).newest()
    assert (entry.action, entry.file, entry.document) == ("add-source", "a.yaml", None)


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "state.sqlite3").write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError, match=r"state\.sqlite3"):
        connect(tmp_path)


def test_a_version_2_database_keeps_its_history_and_its_undos_can_be_redone(
    tmp_path: Path,
) -> None:
    # Version 3 records what a redo re-applied and the document an undo took away.
    old = old_database(tmp_path, 2)
    for seq, action, undoes in ((1, "alias", None), (2, "undo", 1)):
        old.execute(
            "INSERT INTO history (seq, state, time, actor, action, file, fact_id, fields,"
            " revision_before, revision_after, undoes) VALUES (?, 'committed',"
            " '2024-02-09T10:00:00Z', 'cli:alice', ?, 'a.yaml', 'f', '[]', ?, ?, ?)",
            (seq, action, seq, seq + 1, undoes),
        )
    old.commit()
    old.close()
    history = History(tmp_path)
    assert [(e.seq, e.redoes, e.document_backup) for e in history.newest()] == [
        (2, None, None),
        (1, None, None),
    ]
    target = history.redo_target()
    assert target is not None and target.seq == 2


def test_a_version_3_database_keeps_its_history_and_gaps_shown_for_every_base(
    tmp_path: Path,
) -> None:
    # Version 4 notes which knowledge base a change was made to, and a question asked of.
    from sendbot.storage.gaps import GapLog

    old = old_database(tmp_path, 3)
    old.execute(
        "INSERT INTO history (seq, state, time, actor, action, file, fact_id, fields,"
        " revision_before, revision_after) VALUES (1, 'committed', '2024-02-09T10:00:00Z',"
        " 'cli:alice', 'alias', 'a.yaml', 'f', '[]', 1, 2)"
    )
    old.execute(
        "INSERT INTO gaps (key, question, count, first, last, reasons, suggested) VALUES"
        " ('what about buses', 'what about buses?', 4, '2024-02-01T00:00:00Z',"
        " '2024-02-02T00:00:00Z', '{\"abstained\": 4}', '{}')"
    )
    old.commit()
    old.close()

    for base in ("/srv/kb-one", "/srv/kb-two"):
        (entry,) = History(tmp_path, base).newest()
        assert (entry.seq, entry.base) == (1, None)
        (gap,) = GapLog(tmp_path, base=base).top()
        assert (gap.question, gap.count) == ("what about buses?", 4)
        # The same question asked of one base now is counted apart from the old row.
        GapLog(tmp_path, base=base).record("what about buses?", "abstained")
    counts = sorted(gap.count for gap in GapLog(tmp_path).top())
    assert counts == [1, 1, 4]
    assert [gap.count for gap in GapLog(tmp_path, base="/srv/kb-one").top()] == [4, 1]
    assert GapLog(tmp_path, base="/srv/kb-one").of_other_bases() == 1


def test_a_version_4_database_keeps_its_declines_as_declined_or_partial(tmp_path: Path) -> None:
    # Until version 5 the gap log counted a reply in part as "abstained": /kb gaps said
    # "declined" of questions the bot had answered in part.
    old = old_database(tmp_path, 4)
    old.execute(
        "INSERT INTO gaps (kb, key, question, count, first, last, reasons, suggested) VALUES"
        " ('', 'what about buses', 'what about buses?', 5, '2024-02-01T00:00:00Z',"
        " '2024-02-02T00:00:00Z', '{\"abstained\": 4, \"not-what-i-asked\": 1}', '{}')"
    )
    old.commit()
    old.close()

    log = GapLog(tmp_path)
    log.record("what about buses?", "abstained")  # now noted apart from a reply in part
    log.record("what about buses?", "partial")
    (gap,) = log.top()
    assert gap.reasons == {
        "abstained-or-partial": 4,
        "not-what-i-asked": 1,
        "abstained": 1,
        "partial": 1,
    }
