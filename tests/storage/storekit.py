"""Shared helpers for the store tests: a scratch copy of a small, fixed knowledge base.

The store's tests use their own two-fact knowledge base (tests/data/small-kb), so that
curating the shipped one never changes what they test."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sendbot.knowledge.drafts import draft_input
from sendbot.storage import store as store_module
from sendbot.storage.draft_file import draft_yaml

REPO = Path(__file__).resolve().parents[2]
SMALL_KB = REPO / "tests" / "data" / "small-kb"
KB_FILE = "send-ap-improvement-plan-2024-02-08.yaml"
SOURCE_ID = "send-ap-improvement-plan-2024-02-08"
# A written answer the small knowledge base does not have, and the source id drafted from it.
WRITTEN_ANSWERS = REPO / "tests" / "data" / "written-answers"
OTHER_ANSWER = WRITTEN_ANSWERS / "written-answer-2023-01-09-supported-internships.txt"
OTHER_SOURCE_ID = "special-educational-needs-2023-01-09"


def copy_knowledge(tmp_path: Path) -> Path:
    """A private copy of the small knowledge directory, safe to change."""
    target = tmp_path / "knowledge"
    shutil.copytree(SMALL_KB, target)
    return target


def another_answer(kb_dir: Path) -> str:
    """The knowledge file `kb build` drafts from a written answer the knowledge base does not
    have, its document put in the base's sources/ first, as a moderator would before an import."""
    (draft,) = draft_input(OTHER_ANSWER.read_text(encoding="utf-8"), name=OTHER_ANSWER.name).drafts
    shutil.copyfile(OTHER_ANSWER, kb_dir / "sources" / OTHER_ANSWER.name)
    return draft_yaml(draft, OTHER_ANSWER.name)


def new_fact(**overrides: Any) -> dict[str, Any]:
    """Fields for a valid fact that the small knowledge base does not have yet."""
    fields: dict[str, Any] = {
        "id": "special-free-schools-approved",
        "statement": "The department has approved a further 76 special free schools.",
        "quote": "The department has also approved a further 76 special free schools",
        "questions": ["how many special free schools are approved?"],
        "as_of": "2024-02-08",
    }
    fields.update(overrides)
    return fields


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_hashes(root: Path) -> dict[str, str]:
    """Every file under `root` (hidden ones too) -> its hash."""
    return {
        path.relative_to(root).as_posix(): sha256(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def stored_text(data_dir: Path) -> str:
    """Everything the state database holds, as SQL text (to look for what must not be there)."""
    conn = sqlite3.connect(data_dir / "state.sqlite3")
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def history_rows(data_dir: Path) -> list[tuple[Any, ...]]:
    """Every row of the change log, pending or not; [] when there is no database."""
    path = data_dir / "state.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM history ORDER BY seq").fetchall()
    finally:
        conn.close()


def refuse_writes_in(monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    """Writes into `directory` fail as in a read-only (or immutable) knowledge directory: on
    the hidden temp file `write_atomic` makes first. The data directory stays writable."""
    real = store_module.write_atomic

    def write_atomic(path: Path, data: bytes, **options: Any) -> None:
        # The store keeps the knowledge directory as the user gave it: maybe relative.
        if directory.resolve() in path.resolve().parents:
            temp = path.with_name(f".{path.name}.1.abcd.tmp")
            raise PermissionError(1, "Operation not permitted", str(temp))
        real(path, data, **options)

    monkeypatch.setattr(store_module, "write_atomic", write_atomic)
