"""A knowledge directory that cannot be listed (no permission) says so. `sendbot --kb DIR ask`
said "DIR: holds no knowledge files" about a directory full of them, and `kb check DIR` said
"sendbot: DIR: Permission denied" in a line of its own, without the problem count.

Tests run as root, where chmod takes nothing away, so the listing is made to fail."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import sendbot.storage.loader as loader
from sendbot.knowledge.errors import KnowledgeError
from sendbot.storage.bounded import read_regular_file
from sendbot.storage.loader import load, load_indexed, read_tree
from sendbot.storage.store import KnowledgeStore

SINGLE_SOURCE = Path(__file__).resolve().parents[1] / "data" / "single-source-kb"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SINGLE_SOURCE, tmp_path / "kb"))


@pytest.fixture
def unlistable(kb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """`kb_dir` as a directory without read permission: listing it fails with EACCES."""
    real_scandir, real_listdir = os.scandir, os.listdir

    def refused(path: str) -> None:
        if os.fspath(path) == str(kb_dir):
            raise PermissionError(errno.EACCES, "Permission denied", str(kb_dir))

    def scandir(path: str = ".") -> Iterator[os.DirEntry[str]]:
        refused(path)
        return real_scandir(path)

    def listdir(path: str = ".") -> list[str]:
        refused(path)
        return real_listdir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", listdir)
    yield kb_dir


def _only_problem(exc: pytest.ExceptionInfo[KnowledgeError]) -> str:
    assert len(exc.value.problems) == 1, exc.value.problems
    return str(exc.value.problems[0])


def test_read_tree_reports_a_directory_it_cannot_list(unlistable: Path) -> None:
    contents, unreadable = read_tree(unlistable)
    assert contents == {}
    assert [str(problem) for problem in unreadable] == [
        f"{unlistable}: cannot read: Permission denied"
    ]


def test_load_says_cannot_read_not_holds_no_knowledge_files(unlistable: Path) -> None:
    for loading in (lambda: load(unlistable), lambda: load_indexed(unlistable, len)):
        with pytest.raises(KnowledgeError) as exc:
            loading()
        assert _only_problem(exc) == f"{unlistable}: cannot read: Permission denied"


def test_the_store_says_cannot_read(unlistable: Path, tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError) as exc:
        KnowledgeStore(unlistable, tmp_path / "data")
    assert _only_problem(exc) == f"{unlistable}: cannot read: Permission denied"


def test_unreadable_knowledge_files_are_listed_without_holds_no_knowledge_files(
    kb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every YAML file unreadable, the documents readable: the list of unreadable files ended
    # with "holds no knowledge files", which contradicts it.
    def refusing_yaml(path: str | Path, limit: int) -> bytes:
        if str(path).endswith(".yaml"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return read_regular_file(path, limit)

    monkeypatch.setattr(loader, "read_regular_file", refusing_yaml)
    yaml_files = sorted(path.name for path in kb_dir.glob("*.yaml"))
    for loading in (lambda: load(kb_dir), lambda: load_indexed(kb_dir, len)):
        with pytest.raises(KnowledgeError) as exc:
            loading()
        assert [str(problem) for problem in exc.value.problems] == [
            f"{kb_dir / name}: cannot read: Permission denied" for name in yaml_files
        ]
