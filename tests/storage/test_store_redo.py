"""KnowledgeStore.redo: an undone change comes back as it was saved, as in an editor; a new
change ends what can be redone, and a redo that would lose a later change is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.knowledge.errors import NothingToDo, NothingToRedo, RedoConflict, StaleRevision
from sendbot.knowledge.model import KnowledgeBase
from sendbot.storage.loader import load
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import (
    KB_FILE,
    OTHER_ANSWER,
    OTHER_SOURCE_ID,
    another_answer,
    history_rows,
    tree_hashes,
)
from tests.storage.test_store import EDITS

Store = KnowledgeStore[KnowledgeBase]


@pytest.fixture
def store(kb_dir: Path, data_dir: Path) -> Store:
    return KnowledgeStore(kb_dir, data_dir)


def without_revision(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("revision:"))


@pytest.mark.parametrize("kind", list(EDITS))
async def test_each_undone_edit_is_redone_exactly_and_the_redo_can_be_undone(
    kind: str, store: Store, kb_dir: Path
) -> None:
    edit, fact_id = EDITS[kind]
    yaml_path = kb_dir / KB_FILE
    original = yaml_path.read_text(encoding="utf-8")
    entry = await edit(store)
    edited, served = yaml_path.read_text(encoding="utf-8"), store.current.kb
    await store.undo("test:mod")

    redo = await store.redo("test:other")

    assert without_revision(yaml_path.read_text(encoding="utf-8")) == without_revision(edited)
    assert store.current.kb.facts == served.facts
    assert load(kb_dir).kb == store.current.kb
    assert (redo.action, redo.redoes, redo.fact_id, redo.actor) == (
        "redo", 1, fact_id, "test:other"
    )  # fmt: skip
    assert (redo.before, redo.after) == (entry.before, entry.after)
    assert (redo.revision_before, redo.revision_after) == (3, 4)
    assert f"redo {fact_id} (redo of #1)" in redo.describe()

    undone = await store.undo("test:mod")
    assert undone.undoes == redo.seq
    assert without_revision(yaml_path.read_text(encoding="utf-8")) == without_revision(original)


async def test_two_undos_are_redone_newest_undo_first_then_nothing_is_left(
    store: Store, kb_dir: Path
) -> None:
    await store.add_alias("high-needs-budget", "first alias", actor="a")
    await store.edit_fact("high-needs-budget", {"title": "Renamed"}, actor="b")
    both = store.current.kb
    await store.undo("c")
    await store.undo("c")

    first = await store.redo("c")
    budget = store.current.kb.fact("high-needs-budget")
    assert budget is not None and budget.title == "High needs budget"
    assert budget.questions[-1] == "first alias"
    second = await store.redo("c")
    assert store.current.kb.facts == both.facts
    assert (first.redoes, second.redoes) == (1, 2)

    before = tree_hashes(kb_dir)
    with pytest.raises(
        NothingToRedo, match="there is nothing to redo: every undone change has been redone"
    ):
        await store.redo("c")
    assert tree_hashes(kb_dir) == before
    assert [e.action for e in store.history()] == ["redo", "redo", "undo", "undo", "edit", "alias"]


async def test_a_new_change_ends_what_can_be_redone(store: Store) -> None:
    await store.add_alias("high-needs-budget", "first alias", actor="a")
    await store.undo("a")
    await store.edit_fact("high-needs-budget", {"title": "Renamed"}, actor="b")
    with pytest.raises(NothingToRedo):
        await store.redo("a")

    # Undoing the new change makes it the one to redo; the alias undone before stays gone.
    await store.undo("b")
    await store.redo("b")
    with pytest.raises(NothingToRedo):
        await store.redo("b")
    budget = store.current.kb.fact("high-needs-budget")
    assert budget is not None and budget.title == "Renamed"
    assert "first alias" not in budget.questions


async def test_undo_redo_undo_redo_goes_back_and_forth(store: Store, kb_dir: Path) -> None:
    await store.add_alias("high-needs-budget", "an alias", actor="a")
    for _ in range(3):
        await store.undo("a")
        assert "an alias" not in (kb_dir / KB_FILE).read_text(encoding="utf-8")
        await store.redo("a")
        assert "an alias" in (kb_dir / KB_FILE).read_text(encoding="utf-8")
    redos = [e.redoes for e in store.history() if e.action == "redo"]
    assert redos == [5, 3, 1]  # each re-applies the change (a redo) the undo before it reverted


async def test_a_redo_over_a_hand_edit_is_refused_and_changes_nothing(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    await store.add_alias("high-needs-budget", "an alias", actor="a")
    await store.undo("a")
    yaml_path = kb_dir / KB_FILE
    yaml_path.write_text(
        yaml_path.read_text(encoding="utf-8").replace("High needs budget", "HNB"), encoding="utf-8"
    )
    before, rows = tree_hashes(kb_dir), history_rows(data_dir)

    with pytest.raises(RedoConflict) as refused:
        await store.redo("a")
    assert str(refused.value) == (
        f"{KB_FILE} has changed since change #2 (undo by a); redo refused so that the later "
        "change is not lost"
    )
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == (before, rows)


async def test_a_stale_revision_refuses_the_redo(store: Store, kb_dir: Path) -> None:
    await store.add_alias("high-needs-budget", "an alias", actor="a")
    await store.undo("a")
    before = tree_hashes(kb_dir)
    with pytest.raises(StaleRevision):
        await store.redo("a", expected_revision=2)
    assert tree_hashes(kb_dir) == before
    assert (await store.redo("a", expected_revision=3)).revision_after == 4


async def test_a_fact_change_is_redone_once_its_backup_is_pruned(
    kb_dir: Path, data_dir: Path
) -> None:
    store = KnowledgeStore(kb_dir, data_dir, keep_versions=1)
    await store.add_alias("high-needs-budget", "one", actor="a")
    await store.add_alias("high-needs-budget", "two", actor="a")
    await store.undo("a")
    await store.undo("a")
    await store.redo("a")  # the copy from before the second undo is pruned by now
    await store.redo("a")
    budget = load(kb_dir).kb.fact("high-needs-budget")
    assert budget is not None and budget.questions[-2:] == ("one", "two")


async def test_an_undone_new_source_comes_back_with_its_document(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    text = another_answer(kb_dir)
    document = kb_dir / "sources" / OTHER_ANSWER.name
    brought = document.read_bytes()
    document.unlink()  # brought by the change itself, as an import of a draft does
    await store.add_source("second.yaml", text, OTHER_ANSWER.name, brought, actor="importer")
    added = tree_hashes(kb_dir)
    undo = await store.undo("importer")
    assert not document.exists() and not (kb_dir / "second.yaml").exists()
    assert undo.document == f"sources/{OTHER_ANSWER.name}"

    redo = await store.redo("importer")

    assert document.read_bytes() == brought
    assert store.current.kb.source(OTHER_SOURCE_ID) is not None
    assert load(kb_dir).kb == store.current.kb
    assert tree_hashes(kb_dir) == added  # the file as it was added, revision 1 again
    assert redo.document == f"sources/{OTHER_ANSWER.name}"
    assert "+ source " + OTHER_SOURCE_ID in redo.fields and redo.whole_file
    # The redo is undone like the add-source it repeats: the document goes with it.
    await store.undo("importer")
    assert not document.exists() and not (kb_dir / "second.yaml").exists()
    assert store.current.revision == 5


async def test_a_document_put_back_with_other_text_refuses_the_redo(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    document = await undone_new_source(store, kb_dir)
    document.write_bytes(b"other text\n")
    before, rows = tree_hashes(kb_dir), history_rows(data_dir)

    with pytest.raises(RedoConflict, match="holds other text than the document change #2"):
        await store.redo("importer")
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == (before, rows)


async def undone_new_source(store: Store, kb_dir: Path) -> Path:
    """A new source added with its document (as an import of a draft), then undone."""
    text = another_answer(kb_dir)
    document = kb_dir / "sources" / OTHER_ANSWER.name
    brought = document.read_bytes()
    document.unlink()
    await store.add_source("second.yaml", text, OTHER_ANSWER.name, brought, actor="importer")
    await store.undo("importer")
    return document


async def test_a_redo_refused_on_saving_leaves_no_document_behind(
    kb_dir: Path, data_dir: Path
) -> None:
    refuse = False

    def build_index(kb: KnowledgeBase) -> KnowledgeBase:
        if refuse and len(kb.files) > 1:
            raise ValueError("index is full")
        return kb

    store = KnowledgeStore(kb_dir, data_dir, build_index=build_index)
    await undone_new_source(store, kb_dir)
    before, rows = tree_hashes(kb_dir), history_rows(data_dir)
    refuse = True
    with pytest.raises(ValueError, match="index is full"):
        await store.redo("importer")
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == (before, rows)


async def test_a_redo_whose_copies_are_gone_says_so_and_changes_nothing(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    document = await undone_new_source(store, kb_dir)
    (kept,) = (data_dir / "backups").glob(f"*-{document.name}")
    kept.unlink()
    before, rows = tree_hashes(kb_dir), history_rows(data_dir)
    with pytest.raises(RedoConflict) as refused:
        await store.redo("importer")
    assert str(refused.value) == (
        f"the copy of sources/{document.name}, which change #2 took away, is no longer kept, "
        "so it cannot be redone"
    )
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == (before, rows)

    for backup in (data_dir / "backups").glob("*-second.yaml"):
        backup.unlink()
    document.write_bytes(OTHER_ANSWER.read_bytes())  # put back by hand: the file still is not
    with pytest.raises(RedoConflict, match=r"the copy of second\.yaml from before change #2"):
        await store.redo("importer")
    assert not (kb_dir / "second.yaml").exists()


async def test_redo_preview_names_the_undo_and_refuses_as_redo_would_reading_only(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    """What /kb redo shows before its Redo button: the undo it would revert; nothing to
    redo, or a file changed since the undo, refused before anything is written."""
    with pytest.raises(NothingToRedo, match="no change has been undone"):
        store.redo_preview()
    question = "how much is the pot for complex needs?"
    added = await store.add_alias("high-needs-budget", question, actor="t")
    undone = await store.undo("t")
    assert store.redo_preview() == undone and undone.undoes == added.seq
    path = kb_dir / KB_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("High needs", "HN"), "utf-8")
    rows = history_rows(data_dir)
    with pytest.raises(RedoConflict, match=f"has changed since change #{undone.seq}"):
        store.redo_preview()
    assert history_rows(data_dir) == rows


def test_undo_and_redo_previews_leave_a_missing_data_directory_missing(
    store: Store, data_dir: Path
) -> None:
    """/kb undo and /kb redo ask these before they offer a button: with the data directory
    gone (deleted while the bot ran), they say there is nothing to do and create nothing."""
    import shutil

    from sendbot.knowledge.errors import NothingToUndo

    store.close()
    shutil.rmtree(data_dir)
    with pytest.raises(NothingToUndo, match="no change has been saved yet"):
        store.undo_preview()
    with pytest.raises(NothingToRedo, match="no change has been undone"):
        store.redo_preview()
    assert not data_dir.exists()


async def test_nothing_to_undo_or_redo_says_whether_no_change_was_found_at_all(
    store: Store,
) -> None:
    """`none_found` is what the front ends read to say where the history was looked for
    (another --data may hold the changes); they once sniffed the words "no change has been"
    in the message, which any rewording would have broken silently."""

    async def nothing(step: str) -> NothingToDo:
        with pytest.raises(NothingToDo) as caught:
            await (store.undo("m") if step == "undo" else store.redo("m"))
        return caught.value

    def seen(error: NothingToDo) -> tuple[str, bool]:
        return (str(error).partition(": ")[2], error.none_found)

    assert seen(await nothing("undo")) == ("no change has been saved yet", True)
    assert seen(await nothing("redo")) == ("no change has been undone", True)
    await store.add_alias("high-needs-budget", "first alias", actor="m")
    assert seen(await nothing("redo")) == ("no change has been undone", True)
    await store.undo("m")
    assert seen(await nothing("undo")) == (
        "every saved change has been undone already (redo brings back the last undone)",
        False,
    )
    await store.redo("m")
    assert seen(await nothing("redo")) == ("every undone change has been redone already", False)
    await store.undo("m")
    await store.edit_fact("high-needs-budget", {"title": "Renamed"}, actor="m")
    error = await nothing("redo")
    assert isinstance(error, NothingToRedo) and not error.none_found
    assert str(error).startswith("there is nothing to redo: change #5 (edit high-needs-budget")
