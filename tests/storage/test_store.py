"""The store: saved changes reload identically, are logged and undoable, and bad or stale
changes, concurrent writers, crashes and hand edits on disk never lose or corrupt anything."""

from __future__ import annotations

import asyncio
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from sendbot.knowledge.drafts import draft_input
from sendbot.knowledge.errors import (
    DuplicateQuestion,
    FactExists,
    FactNotFound,
    InvalidChange,
    KnowledgeError,
    KnowledgeNotWritable,
    LastFactOfSource,
    NothingToUndo,
    StaleRevision,
    StoreError,
    UndoConflict,
)
from sendbot.knowledge.model import Fact, KnowledgeBase
from sendbot.storage import store as store_module
from sendbot.storage.draft_file import draft_yaml
from sendbot.storage.loader import load
from sendbot.storage.store import KnowledgeStore
from tests.storage.storekit import (
    KB_FILE,
    OTHER_ANSWER,
    OTHER_SOURCE_ID,
    REPO,
    SMALL_KB,
    SOURCE_ID,
    another_answer,
    history_rows,
    new_fact,
    refuse_writes_in,
    sha256,
    tree_hashes,
)

Store = KnowledgeStore[KnowledgeBase]
Edit = Callable[[Store], Awaitable[Any]]


@pytest.fixture
def store(kb_dir: Path, data_dir: Path) -> Store:
    return KnowledgeStore(kb_dir, data_dir)


def fact(kb: KnowledgeBase, fact_id: str) -> Fact:
    found = kb.fact(fact_id)
    assert found is not None, f"{fact_id} is missing"
    return found


EDITS: dict[str, tuple[Edit, str]] = {
    "add": (
        lambda s: s.add_fact(SOURCE_ID, new_fact(), actor="test:mod"),
        "special-free-schools-approved",
    ),
    "edit": (
        lambda s: s.edit_fact(
            "high-needs-budget",
            {"title": "High needs", "tags": ["funding", "hnb"]},
            actor="test:mod",
        ),
        "high-needs-budget",
    ),
    "remove": (
        lambda s: s.remove_fact("special-schools-opened", actor="test:mod"),
        "special-schools-opened",
    ),
    "alias": (
        lambda s: s.add_alias("high-needs-budget", "what is the HNB?", actor="test:mod"),
        "high-needs-budget",
    ),
}


@pytest.mark.parametrize("kind", list(EDITS))
async def test_each_edit_is_saved_logged_and_undone_exactly(
    kind: str, store: Store, kb_dir: Path, data_dir: Path
) -> None:
    edit, fact_id = EDITS[kind]
    yaml_path = kb_dir / KB_FILE
    original = yaml_path.read_text(encoding="utf-8")
    before = store.current

    entry = await edit(store)

    # Saved: the file on disk loads to exactly what the store now serves.
    assert load(kb_dir).kb == store.current.kb
    assert store.current.revision == before.revision + 1
    assert (store.current.kb.fact(fact_id) is None) == (kind == "remove")
    # Logged.
    [logged] = store.history()
    assert logged == entry
    assert (entry.action, entry.fact_id, entry.actor) == (kind, fact_id, "test:mod")
    assert (entry.revision_before, entry.revision_after) == (before.revision, before.revision + 1)
    assert (entry.before is None) == (kind == "add")
    assert (entry.after is None) == (kind == "remove")

    undo = await store.undo("test:other")

    # Undone: the file is exactly as it was, but for its revision, which keeps counting up.
    assert yaml_path.read_text(encoding="utf-8") == original.replace("revision: 1", "revision: 3")
    assert store.current.kb.facts == before.kb.facts
    assert load(kb_dir).kb == store.current.kb
    # Both the change and its undo show in history.
    assert [(e.action, e.undoes) for e in store.history(fact_id)] == [("undo", 1), (kind, None)]
    assert undo.actor == "test:other"
    assert (undo.before, undo.after) == (entry.after, entry.before)


async def test_a_second_undo_reverts_the_change_before(store: Store, kb_dir: Path) -> None:
    original = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    await store.add_alias("high-needs-budget", "first alias", actor="a")
    await store.edit_fact("high-needs-budget", {"title": "Renamed"}, actor="b")

    await store.undo("c")
    budget = fact(store.current.kb, "high-needs-budget")
    assert budget.title == "High needs budget"
    assert budget.questions[-1] == "first alias"

    await store.undo("c")
    assert (kb_dir / KB_FILE).read_text(encoding="utf-8") == original.replace(
        "revision: 1", "revision: 5"
    )
    with pytest.raises(NothingToUndo):
        await store.undo("c")
    assert [e.action for e in store.history()] == ["undo", "undo", "edit", "alias"]


async def test_undo_puts_just_the_fact_back_when_another_fact_changed_on_disk(
    store: Store, kb_dir: Path
) -> None:
    await store.add_alias("high-needs-budget", "what is the HNB?", actor="a")
    yaml_path = kb_dir / KB_FILE
    # Someone edits a different fact by hand (or in git) meanwhile.
    text = yaml_path.read_text(encoding="utf-8")
    asked = "      - how many special schools opened?\n"  # as indented in the file
    assert asked in text
    extra = asked + "      - special schools opened this year\n"
    yaml_path.write_text(text.replace(asked, extra), "utf-8")

    await store.undo("b")

    kb = load(kb_dir).kb
    assert "special schools opened this year" in fact(kb, "special-schools-opened").questions
    assert "what is the HNB?" not in fact(kb, "high-needs-budget").questions


async def test_undo_refuses_to_clobber_a_later_change_to_the_same_fact(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    await store.add_alias("high-needs-budget", "what is the HNB?", actor="a")
    yaml_path = kb_dir / KB_FILE
    text = yaml_path.read_text(encoding="utf-8").replace("title: High needs budget", "title: HNB")
    yaml_path.write_text(text, encoding="utf-8")
    log = history_rows(data_dir)

    # The later change is in no history here: say where it may have come from.
    with pytest.raises(
        UndoConflict,
        match=r"'high-needs-budget' has changed since change #1 \(alias by a\), not by a "
        r"change saved in this data directory \(another --data, or the file edited directly\)",
    ):
        await store.undo("b")

    assert yaml_path.read_text(encoding="utf-8") == text
    assert history_rows(data_dir) == log


async def test_an_undo_refused_over_another_data_directorys_change_says_so(
    store: Store, kb_dir: Path, tmp_path: Path
) -> None:
    # Two bots (or `--data` given to one and not the other) keep two histories of one base.
    await store.add_alias("high-needs-budget", "what is the HNB?", actor="a")
    other = KnowledgeStore(kb_dir, tmp_path / "other-data")
    await other.add_alias("high-needs-budget", "the HNB total?", actor="b")
    with pytest.raises(UndoConflict, match="not by a change saved in this data directory"):
        await store.undo("a")


async def test_undo_still_works_once_old_backups_are_pruned(kb_dir: Path, data_dir: Path) -> None:
    store = KnowledgeStore(kb_dir, data_dir, keep_versions=1)
    await store.add_alias("high-needs-budget", "one", actor="a")
    await store.add_alias("high-needs-budget", "two", actor="a")
    assert len(list((data_dir / "backups").iterdir())) == 1

    await store.undo("a")
    await store.undo("a")

    budget = fact(load(kb_dir).kb, "high-needs-budget")
    assert budget.questions == ("how much is the high needs budget?",)


BAD_EDITS: dict[str, tuple[Edit, type[Exception], str]] = {
    "quote not verbatim": (
        lambda s: s.add_fact(SOURCE_ID, new_fact(quote="approved 76 schools"), actor="m"),
        KnowledgeError,
        "facts[special-free-schools-approved].quote: not found verbatim in the source document",
    ),
    "figure not in quote": (
        lambda s: s.edit_fact(
            "special-schools-opened",
            {"statement": "The department has opened 16 new special schools."},
            actor="m",
        ),
        KnowledgeError,
        "facts[special-schools-opened].statement: states '16', a figure the quote does not give",
    ),
    "unknown fact": (
        lambda s: s.add_alias("no-such-fact", "q", actor="m"),
        FactNotFound,
        "there is no fact with id 'no-such-fact'",
    ),
    "duplicate id": (
        lambda s: s.add_fact(SOURCE_ID, new_fact(id="high-needs-budget"), actor="m"),
        FactExists,
        "a fact with id 'high-needs-budget' already exists",
    ),
    "duplicate alias": (
        lambda s: s.add_alias("high-needs-budget", "HOW much is the high needs budget?", actor="m"),
        DuplicateQuestion,
        "'high-needs-budget' already has the question 'how much is the high needs budget?'",
    ),
    "over-long field": (
        lambda s: s.edit_fact("high-needs-budget", {"title": "t" * 81}, actor="m"),
        KnowledgeError,
        "facts[high-needs-budget].title: is 81 characters; the limit is 80",
    ),
    "mention injection": (
        lambda s: s.add_alias("high-needs-budget", "hey @everyone", actor="m"),
        KnowledgeError,
        "contains a Discord mention",
    ),
    "role mention": (
        lambda s: s.edit_fact("high-needs-budget", {"title": "<@&1234> budget"}, actor="m"),
        KnowledgeError,
        "contains a Discord mention",
    ),
    "nothing to undo": (
        lambda s: s.undo("m"),
        NothingToUndo,
        "nothing to undo: no change has been saved yet",
    ),
    "bad import name": (
        lambda s: s.replace_file("../escape.yaml", "x", actor="m"),
        InvalidChange,
        "is not a knowledge file name",
    ),
}


@pytest.mark.parametrize("name", [f"{KB_FILE[:-5]} (1).yaml", f"Copy of {KB_FILE}"])
async def test_an_import_named_as_a_download_copy_says_which_name_it_needs(
    name: str, store: Store, kb_dir: Path, data_dir: Path
) -> None:
    """A browser saves an export downloaded twice as 'X (1).yaml': refused, the moderator was
    told only that it is not a knowledge file name, not which one to give it."""
    text = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    with pytest.raises(InvalidChange) as previewed:
        store.preview_file(name, text)
    with pytest.raises(InvalidChange) as replaced:
        await store.replace_file(name, text, actor="m")
    assert (
        str(previewed.value)
        == str(replaced.value)
        == (
            f"{name!r} is not a knowledge file name (like my-source-2024-02-08.yaml); to replace "
            f"{KB_FILE}, give the file that name"
        )
    )
    assert not (kb_dir / name).exists()


@pytest.mark.parametrize("case", list(BAD_EDITS))
async def test_bad_changes_are_refused_clearly_and_change_nothing(
    case: str, store: Store, kb_dir: Path, data_dir: Path
) -> None:
    edit, error, message = BAD_EDITS[case]
    yaml_before = (kb_dir / KB_FILE).read_bytes()
    log_before = history_rows(data_dir)
    served_before = store.current

    with pytest.raises(error) as caught:
        await edit(store)

    assert message in str(caught.value)
    assert (kb_dir / KB_FILE).read_bytes() == yaml_before
    assert history_rows(data_dir) == log_before
    assert store.current is served_before
    assert not [name for name in os.listdir(kb_dir) if name.startswith(".")]


async def test_removing_the_last_fact_of_a_file_is_refused(
    store: Store, kb_dir: Path, data_dir: Path
) -> None:
    await store.remove_fact("high-needs-budget", actor="m")
    yaml_before, log_before = (kb_dir / KB_FILE).read_bytes(), history_rows(data_dir)

    with pytest.raises(LastFactOfSource) as refused:
        await store.remove_fact("special-schools-opened", actor="m")
    assert str(refused.value) == (
        "'special-schools-opened' is the last fact of source send-ap-improvement-plan-2024-02-08, "
        f"and a source keeps at least one fact: edit it instead; to take the whole source out, "
        f"delete {KB_FILE} from the knowledge directory (history does not record that)"
    )

    assert (kb_dir / KB_FILE).read_bytes() == yaml_before
    assert history_rows(data_dir) == log_before


async def test_a_stale_revision_is_refused(store: Store, kb_dir: Path, data_dir: Path) -> None:
    seen = store.current.revision
    await store.add_alias("high-needs-budget", "first", actor="a", expected_revision=seen)
    yaml_before = (kb_dir / KB_FILE).read_bytes()

    with pytest.raises(StaleRevision) as caught:
        await store.add_alias("high-needs-budget", "second", actor="b", expected_revision=seen)

    assert str(caught.value) == (
        f"the knowledge base changed since you looked at it (you saw revision {seen}, it is now "
        f"{seen + 1}); look again and make your change again"
    )
    assert (kb_dir / KB_FILE).read_bytes() == yaml_before
    assert len(store.history()) == 1
    with pytest.raises(StaleRevision):
        await store.undo("b", expected_revision=seen)


async def test_fifty_concurrent_edits_from_two_stores(kb_dir: Path, data_dir: Path) -> None:
    # Two stores on the same directories stand in for two processes: only the file locks and
    # the re-read before each write keep them from overwriting each other.
    stores = [KnowledgeStore(kb_dir, data_dir), KnowledgeStore(kb_dir, data_dir)]
    start = stores[0].current.revision

    async def attempt(i: int) -> tuple[str, object]:
        expected = start - 1 if i % 5 == 0 else (start if i % 7 == 0 else None)
        question = f"concurrent question {i}"
        try:
            entry = await stores[i % 2].add_alias(
                "high-needs-budget", question, actor=f"t{i}", expected_revision=expected
            )
        except StaleRevision as exc:
            return question, exc
        return question, entry

    outcomes = await asyncio.gather(*(attempt(i) for i in range(50)))

    applied = [question for question, result in outcomes if not isinstance(result, Exception)]
    refused = [question for question, result in outcomes if isinstance(result, StaleRevision)]
    assert len(applied) + len(refused) == 50
    assert len(refused) >= 10  # every i % 5 == 0 was stale from the start
    kb = load(kb_dir).kb  # the final file is valid
    questions = set(fact(kb, "high-needs-budget").questions)
    assert set(applied) <= questions
    assert not set(refused) & questions
    history = stores[0].history(limit=1000)
    assert sorted(entry.after["questions"][-1] for entry in history if entry.after) == sorted(
        applied
    )
    assert sorted(entry.seq for entry in history) == list(range(1, len(applied) + 1))
    assert sum(f.revision for f in kb.files) == start + len(applied)


async def test_an_external_edit_is_picked_up(store: Store, kb_dir: Path) -> None:
    assert await store.reload_if_changed() is False
    yaml_path = kb_dir / KB_FILE
    text = yaml_path.read_text(encoding="utf-8").replace("title: High needs budget", "title: HNB")
    yaml_path.write_text(text, encoding="utf-8")

    assert await store.reload_if_changed() is True
    assert fact(store.current.kb, "high-needs-budget").title == "HNB"
    assert await store.reload_if_changed() is False


async def test_a_write_never_overwrites_an_unseen_external_edit(store: Store, kb_dir: Path) -> None:
    yaml_path = kb_dir / KB_FILE
    text = yaml_path.read_text(encoding="utf-8").replace("title: High needs budget", "title: HNB")
    yaml_path.write_text(text, encoding="utf-8")

    await store.add_alias("special-schools-opened", "special schools?", actor="a")

    kb = load(kb_dir).kb
    assert fact(kb, "high-needs-budget").title == "HNB"
    assert "special schools?" in fact(kb, "special-schools-opened").questions


async def test_an_invalid_external_edit_keeps_the_last_good_snapshot(
    store: Store, kb_dir: Path
) -> None:
    yaml_path = kb_dir / KB_FILE
    lines = yaml_path.read_text(encoding="utf-8").splitlines(keepends=True)
    line_number = next(i for i, line in enumerate(lines, 1) if line.lstrip().startswith("quote:"))
    first_id = next(line.split(":", 1)[1].strip() for line in lines if "- id:" in line)
    lines[line_number - 1] = "    quote: words the minister never said\n"
    broken = "".join(lines)
    yaml_path.write_text(broken, encoding="utf-8")
    good = store.current

    with pytest.raises(KnowledgeError) as caught:
        await store.reload_if_changed()

    # The statement's figure is no longer backed either; the quote is reported where it is.
    problem = next(p for p in caught.value.problems if p.field == f"facts[{first_id}].quote")
    assert problem.file.endswith(KB_FILE)
    assert (problem.line, problem.field) == (line_number, f"facts[{first_id}].quote")
    assert "not found verbatim" in problem.message
    assert store.current is good
    assert store.problems == caught.value.problems
    assert await store.reload_if_changed() is False  # reported once, not on every poll
    # Writes are refused while the files on disk are broken, and the broken file is left alone.
    with pytest.raises(KnowledgeError):
        await store.add_alias("high-needs-budget", "q", actor="a")
    assert yaml_path.read_text(encoding="utf-8") == broken
    with pytest.raises(KnowledgeError):
        await store.reload()
    # Once fixed, it loads again.
    yaml_path.write_bytes((SMALL_KB / KB_FILE).read_bytes())
    assert await store.reload_if_changed() is False  # the same content as already served
    assert store.problems == ()


async def test_a_half_written_file_is_read_again_before_anything_is_reported(
    kb_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = KnowledgeStore(kb_dir, data_dir)
    yaml_path = kb_dir / KB_FILE
    edited = yaml_path.read_text(encoding="utf-8").replace(
        "      - how many special schools opened?\n",
        "      - how many special schools opened?\n      - special school openings\n",
    )
    yaml_path.write_text(edited[: len(edited) // 2], encoding="utf-8")  # caught mid-write
    waits: list[float] = []

    def writer_finishes(seconds: float) -> None:  # while the store waits to look again
        waits.append(seconds)
        yaml_path.write_text(edited, encoding="utf-8")

    monkeypatch.setattr(store_module, "time", SimpleNamespace(sleep=writer_finishes))

    assert await store.reload_if_changed() is True
    assert waits == [store.retry_delay]
    assert store.problems == ()
    assert "special school openings" in fact(store.current.kb, "special-schools-opened").questions


async def test_unchanged_files_are_not_read_again(
    kb_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    past = time.time() - 60  # written a while ago: their times and sizes can be trusted
    for path in kb_dir.rglob("*"):
        os.utime(path, (past, past))
    store = KnowledgeStore(kb_dir, data_dir)
    hashed: list[Path] = []
    real_fingerprint = store_module.fingerprint

    def counting_fingerprint(directory: Path) -> dict[str, str]:
        hashed.append(directory)
        return real_fingerprint(directory)

    monkeypatch.setattr(store_module, "fingerprint", counting_fingerprint)

    assert await store.reload_if_changed() is False
    assert await store.reload_if_changed() is False
    assert hashed == []
    yaml_path = kb_dir / KB_FILE
    yaml_path.write_text(yaml_path.read_text().replace("title: High needs", "title: HN"))
    assert await store.reload_if_changed() is True
    assert len(hashed) >= 1
    assert fact(store.current.kb, "high-needs-budget").title.startswith("HN")


async def test_the_injected_index_is_rebuilt_with_every_change(
    kb_dir: Path, data_dir: Path
) -> None:
    store = KnowledgeStore(kb_dir, data_dir, build_index=lambda kb: sorted(f.id for f in kb))
    assert store.current.index == ["high-needs-budget", "special-schools-opened"]

    await store.add_fact(SOURCE_ID, new_fact(), actor="a")

    snapshot = store.current
    assert snapshot.index == sorted(fact.id for fact in snapshot.kb)
    assert "special-free-schools-approved" in snapshot.index


async def test_an_index_that_cannot_be_built_refuses_the_change(
    kb_dir: Path, data_dir: Path
) -> None:
    def build(kb: KnowledgeBase) -> int:
        if len(kb) > 2:
            raise ValueError("index is full")
        return len(kb)

    store = KnowledgeStore(kb_dir, data_dir, build_index=build)
    before = (kb_dir / KB_FILE).read_bytes()
    with pytest.raises(ValueError, match="index is full"):
        await store.add_fact(SOURCE_ID, new_fact(), actor="a")
    assert (kb_dir / KB_FILE).read_bytes() == before
    assert store.history() == []


async def test_replace_file_previews_applies_and_undoes(store: Store, kb_dir: Path) -> None:
    yaml_path = kb_dir / KB_FILE
    original = yaml_path.read_text(encoding="utf-8")
    imported = original.replace("title: High needs budget", "title: HNB").replace(
        "revision: 1", "revision: 0"
    )

    assert store.preview_file(KB_FILE, imported).lines() == ["~ high-needs-budget: title"]
    entry = await store.replace_file(KB_FILE, imported, actor="importer")

    # What the title was and is, not only that it changed: the record is read much later.
    assert entry.action == "replace" and entry.fields == (
        "~ high-needs-budget: title",
        "    title was: High needs budget",
        "    title now: HNB",
    )
    assert yaml_path.read_text(encoding="utf-8") == imported.replace("revision: 0", "revision: 2")
    with pytest.raises(InvalidChange, match="nothing to change"):
        await store.replace_file(KB_FILE, imported, actor="importer")

    await store.undo("importer")
    assert yaml_path.read_text(encoding="utf-8") == original.replace("revision: 1", "revision: 3")


async def test_replace_file_can_add_a_new_source_file(store: Store, kb_dir: Path) -> None:
    entry = await store.replace_file("second.yaml", another_answer(kb_dir), actor="importer")

    assert "+ source " + OTHER_SOURCE_ID in entry.fields
    assert entry.describe().split()[3:5] == ["add-source", "second.yaml"]  # not "replace"
    assert len(load(kb_dir).kb.files) == 2
    # Each fact it added, with what it says: its id alone told a later reader little.
    added = [fact for fact in load(kb_dir).kb if fact.source_id == OTHER_SOURCE_ID]
    assert added
    for fact in added:
        at = entry.fields.index(f"+ {fact.id}")
        assert entry.fields[at + 1] == f"    {fact.statement}"
    await store.undo("importer")
    assert not (kb_dir / "second.yaml").exists()
    assert len(store.current.kb.files) == 1


async def test_undo_of_a_new_source_edited_by_hand_says_to_delete_it_not_to_restore_a_backup(
    store: Store, kb_dir: Path
) -> None:
    # It said "restore it by hand from backups/": there is no copy from before a new file.
    await store.replace_file("second.yaml", another_answer(kb_dir), actor="importer")
    second = kb_dir / "second.yaml"
    second.write_text(second.read_text(encoding="utf-8") + "# checked\n", encoding="utf-8")
    edited = second.read_bytes()

    with pytest.raises(UndoConflict) as refused:
        await store.undo("importer")
    assert str(refused.value) == (
        "second.yaml has changed since change #1 (add-source by importer); undo refused so "
        "that the later change is not lost: delete the file by hand if you still want it gone"
    )
    assert second.read_bytes() == edited


async def test_undo_of_a_new_source_deleted_by_hand_says_it_is_gone_already(
    store: Store, kb_dir: Path
) -> None:
    # It said to delete by hand the file that was deleted by hand.
    await store.replace_file("second.yaml", another_answer(kb_dir), actor="importer")
    (kb_dir / "second.yaml").unlink()
    before = tree_hashes(kb_dir)

    with pytest.raises(UndoConflict) as refused:
        await store.undo("importer")
    assert str(refused.value) == (
        "second.yaml has been deleted since change #1 (add-source by importer), which added "
        "it: that change is gone already, and undo goes no further back"
    )
    assert tree_hashes(kb_dir) == before


@pytest.mark.parametrize("pruned", [False, True])
async def test_undo_of_a_replaced_file_edited_by_hand_names_the_backup_it_can_be_restored_from(
    kb_dir: Path, data_dir: Path, pruned: bool
) -> None:
    store = KnowledgeStore(kb_dir, data_dir, keep_versions=1)
    yaml_path = kb_dir / KB_FILE
    imported = yaml_path.read_text(encoding="utf-8").replace(
        "title: High needs budget", "title: HNB"
    )
    await store.replace_file(KB_FILE, imported, actor="importer")
    if pruned:
        for backup in (data_dir / "backups").iterdir():
            backup.unlink()
    yaml_path.write_text(yaml_path.read_text(encoding="utf-8") + "# checked\n", encoding="utf-8")

    with pytest.raises(UndoConflict) as refused:
        await store.undo("importer")
    changed = (
        f"{KB_FILE} has changed since change #1 (replace by importer); undo refused so that "
        "the later change is not lost"
    )
    assert str(refused.value) == (
        f"{changed}, and the copy from before it is no longer kept"
        if pruned
        else f"{changed}: the file as it was is backups/000001-{KB_FILE} in the data directory"
    )


@pytest.mark.parametrize("how", ["the same document", "the same question", "the same answer text"])
async def test_a_written_answer_already_in_the_base_is_not_added_again(
    store: Store, kb_dir: Path, how: str
) -> None:
    # The answer the base holds, under new ids, as a second source.
    text = re.sub(r"(?m)^(\s+(?:- )?id: )", r"\1copy-", (kb_dir / KB_FILE).read_text("utf-8"))
    document = kb_dir / "sources" / "written-answer-2024-02-08-send-ap-improvement-plan.txt"
    page = document.read_text(encoding="utf-8")
    if how == "the same question":  # its page and the API's, whose text differs a little
        address = "https://www.parallelparliament.co.uk/question/12345/send"
        on_disk = (kb_dir / KB_FILE).read_text(encoding="utf-8")
        (kb_dir / KB_FILE).write_text(on_disk.replace("url: null", f"url: {address}"), "utf-8")
        text = text.replace("url: null", "url: " + address.replace("www.", ""))
        page += "\nThe department will publish more on this in due course, as it has said.\n"
    elif how == "the same answer text":  # captured again, with other page furniture around it
        page = "Shared from a list of answers\n\n" + page + "\nLoading...\n"
    if how != "the same document":
        document.with_name("captured-again.txt").write_text(page, encoding="utf-8")
        text = text.replace(document.name, "captured-again.txt")
    unchanged = tree_hashes(kb_dir)

    with pytest.raises(InvalidChange) as refused:
        await store.replace_file("copy.yaml", text, actor="importer")

    assert str(refused.value).startswith(
        f"copy-{SOURCE_ID} is the written answer already in the knowledge base as source "
        f"{SOURCE_ID} ({how}"
    )
    with pytest.raises(InvalidChange):
        store.preview_file("copy.yaml", text)
    assert tree_hashes(kb_dir) == unchanged and store.history() == []


async def test_history_is_read_a_page_at_a_time(store: Store) -> None:
    for number in range(5):
        await store.add_alias("high-needs-budget", f"question {number}", actor="a")
    await store.edit_fact("special-schools-opened", {"title": "Openings"}, actor="a")

    first = store.history(limit=2)
    assert [entry.seq for entry in first] == [6, 5]
    assert [entry.seq for entry in store.history(limit=2, before=first[-1].seq)] == [4, 3]
    assert [entry.seq for entry in store.history("special-schools-opened")] == [6]


def test_the_data_dir_may_not_be_inside_the_knowledge_dir(kb_dir: Path) -> None:
    with pytest.raises(ValueError, match="must not be inside"):
        KnowledgeStore(kb_dir, kb_dir / "data")


def test_an_invalid_knowledge_base_cannot_be_opened(kb_dir: Path, data_dir: Path) -> None:
    (kb_dir / KB_FILE).write_text("facts: []\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        KnowledgeStore(kb_dir, data_dir)


async def test_nothing_is_written_outside_the_knowledge_and_data_dirs(
    tmp_path: Path, kb_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg"))
    shipped_before = tree_hashes(SMALL_KB)
    kb_before = tree_hashes(kb_dir)

    store = KnowledgeStore(kb_dir, data_dir)
    await store.add_fact(SOURCE_ID, new_fact(), actor="a")
    await store.edit_fact("high-needs-budget", {"title": "HNB"}, actor="a")
    await store.add_alias("high-needs-budget", "hnb?", actor="a")
    with pytest.raises(StoreError):
        await store.add_alias("high-needs-budget", "HNB?", actor="a")
    await store.remove_fact("special-free-schools-approved", actor="a")
    await store.undo("a")
    await store.reload()

    assert tree_hashes(SMALL_KB) == shipped_before
    kb_after = tree_hashes(kb_dir)
    assert set(kb_after) == set(kb_before)  # no new files, temp files included
    assert {name for name in kb_after if kb_after[name] != kb_before[name]} == {KB_FILE}
    outside = {
        path.relative_to(tmp_path).parts[0]
        for path in tmp_path.rglob("*")
        if path.is_file() and not path.is_relative_to(kb_dir) and not path.is_relative_to(data_dir)
    }
    assert outside == set()


CRASH_CHILD = """
import asyncio, hashlib, sys
from pathlib import Path
from sendbot.knowledge.errors import StoreError
from sendbot.storage import store as store_module
from sendbot.storage.store import KnowledgeStore

kb_dir, data_dir, round_number = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
yaml_path = kb_dir / sys.argv[4]

async def main():
    store = KnowledgeStore(kb_dir, data_dir, keep_versions=3)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        print(f"begin {n}", flush=True)
        try:
            if n % 4 == 0:
                await store.undo("crash-test")
            else:
                title = f"round {round_number} write {n}"
                await store.edit_fact("special-schools-opened", {"title": title}, actor="crash")
        except StoreError:
            print(f"refused {n}", flush=True)
            continue
        digest = hashlib.sha256(yaml_path.read_bytes()).hexdigest()
        print(f"done {n} {digest} {store.current.revision}", flush=True)

asyncio.run(main())
"""


def test_killing_a_writer_at_random_moments_never_corrupts_the_file(
    kb_dir: Path, data_dir: Path
) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    yaml_path = kb_dir / KB_FILE
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    committed = {sha256(yaml_path)}
    revision = load(kb_dir).kb.files[0].revision
    done_total = landed_in_flight = 0

    for round_number in range(10):
        child = subprocess.Popen(
            [sys.executable, "-c", CRASH_CHILD, str(kb_dir), str(data_dir), str(round_number),
             KB_FILE],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.2))
        child.send_signal(signal.SIGKILL)
        output = child.stdout.read().splitlines()
        child.wait()
        last_event = "ready"
        for line in output:
            words = line.split()
            if words and words[0] == "done":
                committed.add(words[2])
                revision = int(words[3])
                done_total += 1
            if words:
                last_event = words[0]

        on_disk = load(kb_dir).kb  # always loads: never a torn or invalid file
        digest = sha256(yaml_path)
        if digest not in committed:
            # Killed after the rename but before it could say so: the write in flight landed
            # whole, on top of the last committed state.
            assert last_event == "begin", f"seed {seed}, round {round_number}"
            assert on_disk.files[0].revision == revision + 1, f"seed {seed}"
            committed.add(digest)
            landed_in_flight += 1
        revision = on_disk.files[0].revision

    store = KnowledgeStore(kb_dir, data_dir, keep_versions=3)
    entries = store.history(limit=10_000)
    seqs = [entry.seq for entry in entries]
    assert len(seqs) == len(set(seqs))
    # Every change that reached the file is listed, and nothing else.
    assert len(entries) == done_total + landed_in_flight, f"seed {seed}"
    asyncio.run(store.add_alias("special-schools-opened", "after the crashes", actor="check"))
    assert not [name for name in os.listdir(kb_dir) if name.startswith(".")]  # temp files gone
    assert len(list((data_dir / "backups").iterdir())) <= 3


@pytest.mark.parametrize("kind", list(EDITS))
async def test_a_knowledge_directory_that_cannot_be_written_refuses_the_change_by_name(
    kind: str, store: Store, kb_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit, _ = EDITS[kind]
    before, served = tree_hashes(kb_dir), store.current
    refuse_writes_in(monkeypatch, kb_dir)

    with pytest.raises(KnowledgeNotWritable) as caught:
        await edit(store)

    # The file the change was for, not the temp file, named as the store was given its
    # directory; and what to do about it.
    assert str(caught.value) == (
        f"cannot write {kb_dir / KB_FILE} (Operation not permitted); sendbot needs to write "
        f"in the knowledge directory {kb_dir} to save changes"
    )
    assert tree_hashes(kb_dir) == before and store.current is served
    assert store.history() == [] and history_rows(data_dir) == []
    monkeypatch.undo()
    entry = await edit(store)  # once it is writable, the same change is change #1
    assert entry.seq == 1 and [e.seq for e in store.history()] == [1]


async def test_a_sources_directory_that_cannot_be_written_refuses_a_new_source(
    store: Store, kb_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_hashes(kb_dir)
    refuse_writes_in(monkeypatch, kb_dir / "sources")
    document = OTHER_ANSWER.read_bytes()
    (draft,) = draft_input(document.decode(), name=OTHER_ANSWER.name).drafts
    with pytest.raises(KnowledgeNotWritable, match=r"^cannot write .*sources/written-answer"):
        await store.add_source(
            f"{OTHER_SOURCE_ID}.yaml",
            draft_yaml(draft, OTHER_ANSWER.name),
            OTHER_ANSWER.name,
            document,
            actor="test:mod",
        )
    assert tree_hashes(kb_dir) == before and store.history() == []


async def test_undo_acts_on_this_bases_changes_and_names_another_bases_newer_one(
    kb_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    # One data directory (the default) used with two copies made by `sendbot init`: undo in
    # the fresh copy undid nothing of its own, refusing over the other copy's change.
    await KnowledgeStore(kb_dir, data_dir).add_alias("high-needs-budget", "the HNB?", actor="a")
    fresh = shutil.copytree(SMALL_KB, tmp_path / "fresh")
    store = KnowledgeStore(fresh, data_dir)
    unchanged = tree_hashes(fresh), history_rows(data_dir)
    with pytest.raises(NothingToUndo) as caught:
        await store.undo("b")
    assert str(caught.value) == (
        "there is nothing to undo: no change has been saved to this knowledge base yet; "
        "change #1 (alias high-needs-budget), the newest in this data directory, was made to "
        f"another knowledge base, {os.path.realpath(kb_dir)}, and is left as it is"
    )
    assert (tree_hashes(fresh), history_rows(data_dir)) == unchanged

    await store.add_alias("high-needs-budget", "the pot?", actor="b")  # change #2, fresh's
    other = KnowledgeStore(kb_dir, data_dir)
    await other.add_alias("special-schools-opened", "new ones?", actor="a")
    assert store.newest_of_another_base().seq == 3  # type: ignore[union-attr]
    undone = await store.undo("b")
    assert (undone.seq, undone.undoes) == (4, 2)
    assert "the pot?" not in (fresh / KB_FILE).read_text(encoding="utf-8")
    assert "new ones?" in (kb_dir / KB_FILE).read_text(encoding="utf-8")
    assert store.newest_of_another_base(undone.seq).seq == 3  # type: ignore[union-attr]
    assert store.newest_of_another_base() is None  # the newest is fresh's own undo


async def test_undo_in_an_earlier_copy_of_the_base_says_so(kb_dir: Path, data_dir: Path) -> None:
    # The same directory made again by `sendbot init` (or restored): its revision is below
    # the one the change recorded for it left.
    await KnowledgeStore(kb_dir, data_dir).add_alias("high-needs-budget", "the HNB?", actor="a")
    shutil.rmtree(kb_dir)
    shutil.copytree(SMALL_KB, kb_dir)
    store = KnowledgeStore(kb_dir, data_dir)
    unchanged = tree_hashes(kb_dir), history_rows(data_dir)
    with pytest.raises(
        UndoConflict,
        match=r"is at revision 1, below the revision 2 change #1 left: the changes in "
        r"this data directory were made to another knowledge base, or to an earlier copy of "
        r"this one .*; keep one data directory per knowledge base \(--data or SENDBOT_DATA\)",
    ):
        await store.undo("b")
    assert (tree_hashes(kb_dir), history_rows(data_dir)) == unchanged


async def test_an_import_reads_each_document_once_from_preview_to_save(
    store: Store, kb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-base check of an import read every document of the base before and after the
    change, at the preview and again at the save (and the second-copy check once more each)."""
    from collections import Counter

    from sendbot.knowledge import same_answer

    await store.replace_file("second.yaml", another_answer(kb_dir), actor="importer")
    getattr(same_answer.answer_keys, "cache_clear", lambda: None)()  # from a cold start
    parsed: Counter[str] = Counter()
    parse = same_answer._answers_in

    def counted(text: str) -> Any:
        parsed[text] += 1
        return parse(text)

    monkeypatch.setattr(same_answer, "_answers_in", counted)
    text = (kb_dir / KB_FILE).read_text(encoding="utf-8")
    imported = text.replace("title: High needs budget", "title: HNB")
    assert store.preview_file(KB_FILE, imported).lines() == ["~ high-needs-budget: title"]
    await store.replace_file(KB_FILE, imported, actor="importer")

    assert len(parsed) == 2 and set(parsed.values()) == {1}  # the two documents, once each
