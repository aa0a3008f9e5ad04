"""The compiled index: an unchanged knowledge base starts from it without being validated or
indexed, any change to any file means a full load, and a damaged entry is never trusted."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import BinaryIO

import pytest

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.match import match
from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.model import KnowledgeBase
from sendbot.knowledge.review import Decision
from sendbot.storage import index_cache, loader
from sendbot.storage.cache import ParseCache
from sendbot.storage.curation import fact_index_cache
from sendbot.storage.index_cache import PREFIX
from sendbot.storage.loader import load, load_indexed
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import copy_knowledge
from tests.storage.test_store_add_source import reviewed

QUESTION = "how many special free schools have opened?"


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob(f"{PREFIX}*")) if cache_dir.exists() else []


def counting_build(calls: list[int]):  # type: ignore[no-untyped-def]
    def build(kb: KnowledgeBase) -> FactIndex:
        calls.append(len(kb))
        return build_index(kb)

    return build


def load_counted(kb_dir: Path, cache_dir: Path, calls: list[int]) -> FactIndex:
    return load_indexed(kb_dir, counting_build(calls), None, fact_index_cache(cache_dir))[1]


def open_store(kb_dir: Path, data_dir: Path, calls: list[int]) -> KnowledgeStore[FactIndex]:
    """A store as the bot opens one: its compiled index cached in the data directory."""
    return KnowledgeStore(
        kb_dir,
        data_dir,
        build_index=counting_build(calls),
        index_cache=fact_index_cache(data_dir / "cache"),
    )


def refuse_to_validate(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("validated although the compiled index was current")

    monkeypatch.setattr(loader, "load_contents", fail)


def test_an_unchanged_base_starts_from_the_compiled_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb_dir, cache_dir, calls = copy_knowledge(tmp_path), tmp_path / "cache", []
    built = load_counted(kb_dir, cache_dir, calls)
    assert calls == [len(built.kb)] and len(entries(cache_dir)) == 1

    refuse_to_validate(monkeypatch)
    cached = load_counted(kb_dir, cache_dir, calls)

    assert len(calls) == 1  # not built again
    assert cached.kb == built.kb
    assert cached.postings == built.postings and cached.idf == built.idf
    first, second = match(built, QUESTION), match(cached, QUESTION)
    assert second.outcome == first.outcome and second.best == first.best


def test_any_changed_file_means_a_full_load(tmp_path: Path) -> None:
    kb_dir, cache_dir, calls = copy_knowledge(tmp_path), tmp_path / "cache", []
    load_counted(kb_dir, cache_dir, calls)
    (document,) = (kb_dir / "sources").iterdir()
    document.write_text("Nothing that any fact quotes.\n", encoding="utf-8")

    # The stale entry must not hide that the quotes are no longer in the document.
    with pytest.raises(KnowledgeError):
        load_counted(kb_dir, cache_dir, calls)


def test_a_new_compiled_index_replaces_the_old_one(tmp_path: Path) -> None:
    kb_dir, cache_dir, calls = copy_knowledge(tmp_path), tmp_path / "cache", []
    load_counted(kb_dir, cache_dir, calls)
    old = entries(cache_dir)
    (kb_dir / "synonyms.yaml").write_text("synonyms:\n  - [pupils, children]\n", encoding="utf-8")

    index = load_counted(kb_dir, cache_dir, calls)

    assert len(calls) == 2
    assert index.kb.synonyms == (("pupils", "children"),)
    assert len(entries(cache_dir)) == 1 and entries(cache_dir) != old


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-100] + bytes(100),  # bytes overwritten
        lambda data: b"not a compiled index at all",
        lambda data: b"",
    ],
)
def test_a_damaged_entry_is_rebuilt_not_trusted(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    kb_dir, cache_dir, calls = copy_knowledge(tmp_path), tmp_path / "cache", []
    load_counted(kb_dir, cache_dir, calls)
    (entry,) = entries(cache_dir)
    entry.write_bytes(damage(entry.read_bytes()))

    index = load_counted(kb_dir, cache_dir, calls)

    assert len(calls) == 2  # built again, from the files
    assert index.kb == load(kb_dir).kb
    assert entry.read_bytes().startswith(b"sendbot compiled index\n")  # and saved whole


def test_a_compiled_index_that_cannot_be_written_costs_only_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry is pickled straight into its file: a disk that fills half way through
    leaves neither a torn entry nor a temp file, and the start goes on from the files."""
    kb_dir, cache_dir, calls = copy_knowledge(tmp_path), tmp_path / "cache", []
    real_write_entry = index_cache.write_entry

    def disk_full(file: BinaryIO, key: str, value: object) -> None:
        real_write_entry(file, key, value)
        file.flush()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index_cache, "write_entry", disk_full)
    index = load_counted(kb_dir, cache_dir, calls)
    monkeypatch.undo()

    assert index.kb == load(kb_dir).kb
    assert list(cache_dir.iterdir()) == []  # neither an entry nor a temp file
    load_counted(kb_dir, cache_dir, calls)
    assert len(calls) == 2 and len(entries(cache_dir)) == 1  # built again, and saved this time


def test_the_store_starts_from_the_compiled_index_and_rebuilds_after_a_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb_dir, data_dir, calls = copy_knowledge(tmp_path), tmp_path / "data", []

    first = open_store(kb_dir, data_dir, calls).current
    second = open_store(kb_dir, data_dir, calls).current
    assert len(calls) == 1
    assert second.kb == first.kb and second.revision == first.revision

    (kb_dir / "synonyms.yaml").write_text("synonyms:\n  - [pupils, children]\n", encoding="utf-8")
    third = open_store(kb_dir, data_dir, calls).current
    assert len(calls) == 2 and third.kb.synonyms == (("pupils", "children"),)


def test_the_parse_cache_and_the_compiled_index_share_the_data_directory(tmp_path: Path) -> None:
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    load_indexed(kb_dir, build_index, ParseCache(cache_dir), fact_index_cache(cache_dir))
    assert len(entries(cache_dir)) == 1
    assert len([path for path in cache_dir.iterdir() if path.suffix == ".json"]) == 1


@pytest.mark.parametrize("change", ["alias", "undo", "ingest"])
def test_a_change_saved_through_the_store_refreshes_the_compiled_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    kb_dir, data_dir, calls = copy_knowledge(tmp_path), tmp_path / "data", []

    store = open_store(kb_dir, data_dir, calls)
    fact_id = store.current.kb.facts[0].id
    asyncio.run(store.add_alias(fact_id, "anything new in the plan lately?", actor="test"))
    if change == "undo":
        asyncio.run(store.undo("test"))
    if change == "ingest":
        new = reviewed([Decision.KEEP])
        asyncio.run(
            store.add_source(new.file_name, new.text, new.document_name, new.document, actor="t")
        )
    saved = store.current
    store.close()
    built = len(calls)

    # The next start finds the saved files already compiled: nothing validated or rebuilt.
    with monkeypatch.context() as patched:
        refuse_to_validate(patched)
        restarted = open_store(kb_dir, data_dir, calls).current
    assert len(calls) == built
    assert restarted.revision == saved.revision
    # ... and what it serves is exactly what a full load of the files gives.
    assert restarted.kb == load(kb_dir).kb
    assert entries(data_dir / "cache") == [entries(data_dir / "cache")[0]]
    questions = next(fact.questions for fact in restarted.kb.facts if fact.id == fact_id)
    assert ("anything new in the plan lately?" in questions) == (change != "undo")
    assert len(restarted.kb.files) == (2 if change == "ingest" else 1)
