"""Saved changes keep a knowledge file as a person wrote it: comments, key order and styles stay,
and one change is a diff of a few lines. Checked on a copy of the shipped knowledge base."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from sendbot.knowledge.model import KnowledgeBase, KnowledgeFile
from sendbot.knowledge.revisions import with_revision
from sendbot.storage.loader import load
from sendbot.storage.store import KnowledgeStore

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "sendbot" / "bundled_knowledge"
SHIPPED_FILE = "send-ap-improvement-plan-2024-02-08.yaml"

Store = KnowledgeStore[KnowledgeBase]


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SHIPPED, tmp_path / "knowledge"))


@pytest.fixture
def store(kb_dir: Path, tmp_path: Path) -> Store:
    return KnowledgeStore(kb_dir, tmp_path / "data")


def shipped_file(kb: KnowledgeBase) -> KnowledgeFile:
    (knowledge_file,) = (f for f in kb.files if Path(f.path).name == SHIPPED_FILE)
    return knowledge_file


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]


async def test_one_alias_on_the_shipped_file_is_a_diff_of_a_few_lines(
    store: Store, kb_dir: Path
) -> None:
    path = kb_dir / SHIPPED_FILE
    before = path.read_text(encoding="utf-8")
    assert len(comments(before)) >= 5  # the file has comments to lose

    await store.add_alias("document-answered-by", "who signed the answer off", actor="test")

    after = path.read_text(encoding="utf-8")
    changed = changed_lines(before, after)
    assert len(changed) <= 5, changed
    assert "+      - who signed the answer off" in changed
    assert comments(after) == comments(before)
    assert load(kb_dir).kb == store.current.kb  # what was written is what is served


async def test_editing_a_title_changes_that_line_and_the_revision_only(
    store: Store, kb_dir: Path
) -> None:
    path = kb_dir / SHIPPED_FILE
    before = path.read_text(encoding="utf-8")
    fact = store.current.kb.fact("document-answered-by")
    assert fact is not None

    await store.edit_fact(fact.id, {"title": "Who signed the answer"}, actor="test")

    changed = changed_lines(before, path.read_text(encoding="utf-8"))
    assert changed == [
        "-revision: 2",
        "+revision: 3",
        f"-    title: {fact.title}",
        "+    title: Who signed the answer",
    ]


async def test_undo_puts_back_the_exact_bytes_with_a_new_revision(
    store: Store, kb_dir: Path
) -> None:
    path = kb_dir / SHIPPED_FILE
    before = path.read_text(encoding="utf-8")
    await store.add_alias("document-answered-by", "who signed the answer off", actor="test")

    await store.undo("test")

    revision = shipped_file(store.current.kb).revision
    assert revision == shipped_file(load(kb_dir).kb).revision
    assert path.read_text(encoding="utf-8") == with_revision(before, revision)
