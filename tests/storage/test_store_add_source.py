"""KnowledgeStore.add_source: a reviewed draft saved as a new source with its document, in one
change with history and undo; a refused one leaves the directory as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.errors import DocumentClash, InvalidChange, KnowledgeError
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.review import Decision, DraftReview, SourceFile
from sendbot.storage.database import knowledge_base_id
from sendbot.storage.history import History
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import copy_knowledge, tree_hashes

ANSWER = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "written-answers"
    / "written-answer-2023-11-17-educational-psychologists.txt"
)


def reviewed(decisions: list[Decision], taken: set[str] | None = None) -> SourceFile:
    raw = ANSWER.read_bytes()
    (draft,) = draft_input(raw.decode("utf-8"), name=ANSWER.name).drafts
    review = DraftReview.of(draft, ANSWER.name, taken or set())
    for decision in decisions:
        review.decide(decision)
    return review.source_file(raw)


def store_for(tmp_path: Path) -> KnowledgeStore[KnowledgeBase]:
    return KnowledgeStore(copy_knowledge(tmp_path), tmp_path / "data")


async def test_kept_facts_are_saved_with_their_document_and_undo_removes_them(
    tmp_path: Path,
) -> None:
    store = store_for(tmp_path)
    source = reviewed([Decision.KEEP, Decision.DROP, Decision.KEEP, Decision.KEEP])
    entry = await store.add_source(
        source.file_name, source.text, source.document_name, source.document, actor="t"
    )
    assert (entry.revision_before, entry.file) == (1, source.file_name)
    assert (store.kb_dir / "sources" / source.document_name).read_bytes() == ANSWER.read_bytes()
    new = store.current.kb.source("educational-psychology-2023-11-17")
    assert new is not None
    assert len([fact for fact in store.current.kb if fact.source_id == new.id]) == 3
    await store.undo("t")
    assert store.current.kb.source(new.id) is None
    assert not (store.kb_dir / source.file_name).exists()


async def test_a_refused_source_leaves_no_document_behind(tmp_path: Path) -> None:
    store = store_for(tmp_path)
    before = tree_hashes(store.kb_dir)
    source = reviewed([Decision.KEEP])
    broken = source.text.replace("quote: Educational psychologists", "quote: Educational wizards")
    assert broken != source.text
    with pytest.raises(KnowledgeError, match="not found verbatim"):
        await store.add_source(
            source.file_name, broken, source.document_name, source.document, actor="t"
        )
    assert tree_hashes(store.kb_dir) == before


async def test_an_existing_file_or_other_document_is_refused(tmp_path: Path) -> None:
    store = store_for(tmp_path)
    source = reviewed([Decision.KEEP])
    await store.add_source(
        source.file_name, source.text, source.document_name, source.document, actor="t"
    )
    with pytest.raises(InvalidChange, match="already exists"):
        await store.add_source(
            source.file_name, source.text, source.document_name, source.document, actor="t"
        )
    with pytest.raises(InvalidChange, match="other text"):
        await store.add_source(
            "another.yaml", source.text, source.document_name, b"other", actor="t"
        )


def test_fact_ids_already_taken_get_a_suffix() -> None:
    first = reviewed([Decision.KEEP])
    taken = {line.split(": ", 1)[1] for line in first.text.splitlines() if line.startswith("- id:")}
    again = reviewed([Decision.KEEP], taken)
    ids = {line.split(": ", 1)[1] for line in again.text.splitlines() if line.startswith("- id:")}
    assert ids and not ids & taken and all(fact_id.endswith("-2") for fact_id in ids)


async def test_a_preview_with_a_document_whose_name_is_taken_by_other_text_is_refused(
    tmp_path: Path,
) -> None:
    # The preview checked the file against the copy already there, in silence: an import
    # then saved facts whose own document said something else.
    store = store_for(tmp_path)
    source = reviewed([Decision.KEEP])
    await store.add_source(
        source.file_name, source.text, source.document_name, source.document, actor="t"
    )
    await store.undo("t")
    # A copy left behind (by hand, or by an undo before undo took documents away).
    (store.kb_dir / "sources" / source.document_name).write_bytes(source.document)
    await store.reload()
    edited = source.document + b"\nA correction published since.\n"
    with pytest.raises(DocumentClash) as refused:
        store.preview_file(source.file_name, source.text, document=(source.document_name, edited))
    assert str(refused.value) == (
        f"sources/{source.document_name} is already in the knowledge base with other text; "
        "give this source's document a name not taken there"
    )
    same = store.preview_file(
        source.file_name, source.text, document=(source.document_name, source.document)
    )
    assert same  # the same text is reused: the file would be added


async def test_undo_takes_away_the_document_its_add_source_brought_and_no_other(
    tmp_path: Path,
) -> None:
    # Undo left the document behind, where a later import of other text by that name was
    # refused, or (before that was refused) checked against it.
    store = store_for(tmp_path)
    source = reviewed([Decision.KEEP])
    document = store.kb_dir / "sources" / source.document_name
    entry = await store.add_source(
        source.file_name, source.text, source.document_name, source.document, actor="t"
    )
    assert entry.document == f"sources/{source.document_name}"
    await store.undo("t")
    assert not document.exists()
    assert not (store.kb_dir / source.file_name).exists()
    assert await store.reload_if_changed() is False  # what is served is what is on disk

    # One already there, with the same text, is reused: its undo leaves it where it was.
    document.write_bytes(source.document)
    entry = await store.add_source(
        source.file_name, source.text, source.document_name, source.document, actor="t"
    )
    assert entry.document is None
    await store.undo("t")
    assert document.read_bytes() == source.document


async def test_a_facts_history_holds_the_import_that_made_it_and_its_undo_and_redo(
    tmp_path: Path,
) -> None:
    # `kb history FACT` (and /kb history) listed only the changes recorded against the fact:
    # the import that created it was recorded against its file, so a fact's history began
    # with its first edit, or was empty.
    store = store_for(tmp_path)
    source = reviewed([Decision.KEEP, Decision.DROP, Decision.KEEP])
    made = await store.add_source(
        source.file_name, source.text, source.document_name, source.document, actor="t"
    )
    new = store.current.kb.source("educational-psychology-2023-11-17")
    assert new is not None
    fact_id = next(fact.id for fact in store.current.kb if fact.source_id == new.id)
    edited = await store.edit_fact(fact_id, {"title": "A new title"}, actor="t")
    history = History(store.data_dir, knowledge_base_id(store.kb_dir))
    assert [e.seq for e in history.newest(fact_id)] == [edited.seq, made.seq]
    await store.undo("t")
    undone = await store.undo("t")
    redone = await store.redo("t")
    assert [e.seq for e in history.newest(fact_id)][:3] == [redone.seq, undone.seq, edited.seq + 1]
    # Another fact's id that starts with this one's is not taken for it.
    assert history.newest(fact_id[:-1]) == []
    assert history.newest("special-schools-opened") == []
    assert history.of_other_bases(fact_id) == 0
