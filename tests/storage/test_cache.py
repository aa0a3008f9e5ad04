"""The parse cache wraps the one way in: a hit gives exactly what validating gives, and any
change to a file or the document it quotes means validating again."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.knowledge.errors import KnowledgeError
from sendbot.storage.cache import ParseCache
from sendbot.storage.loader import load
from tests.storage.storekit import copy_knowledge


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.iterdir()) if cache_dir.exists() else []


def test_a_cached_load_is_the_validated_load(tmp_path: Path) -> None:
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    validated = load(kb_dir).kb

    first = load(kb_dir, ParseCache(cache_dir)).kb
    assert len(entries(cache_dir)) == 1  # one knowledge file, one entry
    second = load(kb_dir, ParseCache(cache_dir)).kb

    assert first == second == validated
    assert [f.source.text for f in second.files] == [f.source.text for f in validated.files]


def test_a_duplicate_id_names_both_lines_when_the_first_file_came_from_the_cache(
    tmp_path: Path,
) -> None:
    # A file read from the cache had lost its lines: the problem said "also in FILE" only.
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    load(kb_dir, ParseCache(cache_dir))
    (original,) = kb_dir.glob("*.yaml")
    text = original.read_text(encoding="utf-8")
    source_id = load(kb_dir).kb.files[0].source.id
    copy = text.replace(f"id: {source_id}", "id: zz-copy")
    (kb_dir / "zz-copy.yaml").write_text(copy, encoding="utf-8")
    fact_line = text.splitlines().index("  - id: special-schools-opened") + 1

    with pytest.raises(KnowledgeError) as caught:
        load(kb_dir, ParseCache(cache_dir))
    assert str(caught.value.problems[0]) == (
        f"{kb_dir}/zz-copy.yaml:{fact_line}: facts[special-schools-opened].id: "
        "duplicate id 'special-schools-opened' "
        f"(also in {original}:{fact_line})"
    )


def test_each_questions_line_is_kept_when_the_file_came_from_the_cache(tmp_path: Path) -> None:
    # `kb check` names the line of a question two facts share from the lines the loader kept.
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    load(kb_dir, ParseCache(cache_dir))
    (path,) = kb_dir.glob("*.yaml")
    lines = path.read_text(encoding="utf-8").splitlines()

    fact = load(kb_dir, ParseCache(cache_dir)).kb.files[0].facts[0]
    assert len(fact.question_lines) == len(fact.questions) > 0
    for question, line in zip(fact.questions, fact.question_lines, strict=True):
        assert lines[line - 1].strip() == f"- {question}"


def test_a_changed_document_is_validated_again(tmp_path: Path) -> None:
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    load(kb_dir, ParseCache(cache_dir))
    (document,) = (kb_dir / "sources").iterdir()
    document.write_text("Nothing that any fact quotes.\n", encoding="utf-8")

    with pytest.raises(KnowledgeError) as caught:
        load(kb_dir, ParseCache(cache_dir))
    assert any("not found verbatim" in problem.message for problem in caught.value.problems)


def test_a_cache_that_cannot_be_written_costs_only_speed_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    validated = load(kb_dir).kb

    def disk_full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sendbot.storage.atomic.os.write", disk_full)
    assert load(kb_dir, ParseCache(cache_dir)).kb == validated
    monkeypatch.undo()

    assert entries(cache_dir) == []  # neither an entry nor a temp file


def test_a_load_keeps_only_the_entries_its_current_files_use(tmp_path: Path) -> None:
    """Every version of every file once had its own entry, forever; a completed load now
    removes its base's entries that no current file uses, and leaves other bases' alone."""
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    other_dir = copy_knowledge(tmp_path / "other")
    load(other_dir, ParseCache(cache_dir))
    (other_entry,) = entries(cache_dir)

    (knowledge_file,) = kb_dir.glob("*.yaml")
    for version in range(3):
        with knowledge_file.open("a", encoding="utf-8") as edited:
            edited.write(f"# edit {version}\n")
        load(kb_dir, ParseCache(cache_dir))
        assert len(entries(cache_dir)) == 2  # this version of the file, and the other base's

    assert other_entry in entries(cache_dir)
    assert load(kb_dir, ParseCache(cache_dir)).kb == load(kb_dir).kb
    # The entry kept is the one the current file uses: loading again writes nothing new.
    kept = {path: path.stat().st_mtime_ns for path in entries(cache_dir)}
    load(kb_dir, ParseCache(cache_dir))
    assert {path: path.stat().st_mtime_ns for path in entries(cache_dir)} == kept


def test_entries_of_an_older_cache_version_are_removed(tmp_path: Path) -> None:
    kb_dir, cache_dir = copy_knowledge(tmp_path), tmp_path / "cache"
    cache_dir.mkdir()
    stale = cache_dir / f"{'0' * 64}.json"  # an entry named as earlier versions named them
    stale.write_text("{}")
    load(kb_dir, ParseCache(cache_dir))
    assert stale not in entries(cache_dir) and len(entries(cache_dir)) == 1
