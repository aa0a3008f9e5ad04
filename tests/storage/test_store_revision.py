"""The knowledge base's revision never comes round again, so a form or `--expect-revision`
opened at an earlier revision is refused rather than saved over a newer change. Undoing an
add-source takes a whole file (and its revisions) away; the revision still goes up."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.knowledge.errors import StaleRevision
from sendbot.knowledge.model import KnowledgeBase
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import another_answer, copy_knowledge

FACT = "high-needs-budget"
NEW_FILE = "supported-internships.yaml"


def store_for(tmp_path: Path) -> KnowledgeStore[KnowledgeBase]:
    return KnowledgeStore(copy_knowledge(tmp_path), tmp_path / "data")


def title(store: KnowledgeStore[KnowledgeBase]) -> str | None:
    fact = store.current.kb.fact(FACT)
    assert fact is not None
    return fact.title


async def test_a_form_opened_before_an_undone_add_source_cannot_overwrite_a_later_edit(
    tmp_path: Path,
) -> None:
    store = store_for(tmp_path)
    await store.replace_file(NEW_FILE, another_answer(store.kb_dir), actor="t")
    form_revision = store.current.revision  # a moderator opens an edit form here
    await store.undo("t")
    await store.edit_fact(FACT, {"title": "Saved by another moderator"}, actor="t")
    with pytest.raises(StaleRevision):
        await store.edit_fact(
            FACT, {"title": "The stale form"}, actor="t", expected_revision=form_revision
        )
    assert title(store) == "Saved by another moderator"


async def test_every_saved_change_raises_the_revision_by_one_and_a_restart_keeps_it(
    tmp_path: Path,
) -> None:
    store = store_for(tmp_path)
    start = store.current.revision
    added = await store.replace_file(NEW_FILE, another_answer(store.kb_dir), actor="t")
    undone = await store.undo("t")
    edited = await store.edit_fact(FACT, {"title": "New title"}, actor="t")
    steps = [(e.revision_before, e.revision_after) for e in (added, undone, edited)]
    assert steps == [(start, start + 1), (start + 1, start + 2), (start + 2, start + 3)]
    assert store.current.revision == start + 3
    store.close()
    again = KnowledgeStore(store.kb_dir, store.data_dir)
    assert again.current.revision == start + 3
    with pytest.raises(StaleRevision):
        await again.edit_fact(FACT, {"title": "Stale"}, actor="t", expected_revision=start + 1)
    await again.edit_fact(FACT, {"title": "Fresh"}, actor="t", expected_revision=start + 3)
    assert title(again) == "Fresh"


def second_base(tmp_path: Path) -> KnowledgeStore[KnowledgeBase]:
    """Another copy of the knowledge base, served with the same data directory."""
    other = tmp_path / "other"
    other.mkdir()
    return KnowledgeStore(copy_knowledge(other), tmp_path / "data")


async def test_one_bases_undone_add_source_leaves_the_other_bases_revision_alone(
    tmp_path: Path,
) -> None:
    """Each base has its own revision. An undone add-source in one base moved the other's up
    by two: its open forms were refused as stale and its history skipped revisions."""
    first, other = store_for(tmp_path), second_base(tmp_path)
    start = other.current.revision
    form_revision = other.current.revision  # a moderator of the other base opens a form
    await first.replace_file(NEW_FILE, another_answer(first.kb_dir), actor="t")
    await first.undo("t")
    edited = await other.edit_fact(
        FACT, {"title": "Not stale"}, actor="t", expected_revision=form_revision
    )
    assert (edited.revision_before, edited.revision_after) == (start, start + 1)
    other.close()
    again = KnowledgeStore(other.kb_dir, other.data_dir)
    assert again.current.revision == start + 1
    steps = [(e.revision_before, e.revision_after) for e in again.history()]
    assert steps == [(start, start + 1)]


async def test_a_data_directory_of_an_older_sendbot_keeps_every_bases_revision(
    tmp_path: Path,
) -> None:
    """An older sendbot kept one offset for every base: each base keeps counting from it
    (no revision it showed goes down), and from now on moves with its own changes only."""
    import sqlite3

    first = store_for(tmp_path)
    await first.replace_file(NEW_FILE, another_answer(first.kb_dir), actor="t")
    await first.undo("t")
    first.close()
    with sqlite3.connect(tmp_path / "data" / "state.sqlite3") as conn:  # as it kept it
        (offset,) = conn.execute(
            "SELECT value FROM counters WHERE name LIKE 'revision_offset@%'"
        ).fetchone()
        conn.execute("DELETE FROM counters WHERE name LIKE 'revision_offset@%'")
        conn.execute("INSERT INTO counters VALUES ('revision_offset', ?)", (offset,))
    other = second_base(tmp_path)
    again = KnowledgeStore(first.kb_dir, first.data_dir)
    assert offset > 0
    assert again.current.revision == 1 + offset  # its file's revision and the offset
    assert other.current.revision == 1 + offset  # never changed: the older offset counts
    await again.replace_file(NEW_FILE, another_answer(again.kb_dir), actor="t")
    await again.undo("t")
    assert again.current.revision == 1 + offset + 2
    assert other.current.revision == 1 + offset
    other.close()
    assert KnowledgeStore(other.kb_dir, other.data_dir).current.revision == 1 + offset
