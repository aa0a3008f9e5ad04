"""A knowledge path that is wrong (a file, nothing, an empty or broken folder) is named in one
line that says what is wrong, with a non-zero exit, no traceback and nothing written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.storage.storekit import KB_FILE


def tree_digest(directory: Path) -> dict[str, str]:
    """Every path under `directory` (folders too: a data directory created is a change)."""
    return {
        str(path.relative_to(directory)): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(directory.rglob("*"))
    }


def check(argv: list[str], root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Run `sendbot ARGV`; its one problem line, after asserting exit 1 and no change."""
    before = tree_digest(root)
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    assert tree_digest(root) == before
    problem, summary = err.splitlines()
    assert summary == "1 problem(s) found"
    return problem


def test_kb_check_of_a_lone_file_says_it_takes_a_knowledge_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "notes.txt: is not a knowledge directory", which did not say what to give.
    notes = tmp_path / "notes.txt"
    notes.write_text("some notes\n", encoding="utf-8")
    assert check(["kb", "check", str(notes)], tmp_path, capsys) == (
        f"{notes}: is a file; `sendbot kb check` takes a knowledge directory (the folder "
        "holding the YAML files), e.g. `sendbot kb check path/to/knowledge`"
    )


def test_kb_check_of_a_file_beside_knowledge_files_names_their_folder(
    kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = kb_dir / "README.txt"
    readme.write_text("about this knowledge base\n", encoding="utf-8")
    assert check(["kb", "check", str(readme)], tmp_path, capsys) == (
        f"{readme}: is a file; `sendbot kb check` takes a knowledge directory (the folder "
        f"holding the YAML files), e.g. `sendbot kb check {kb_dir}`"
    )


def test_kb_check_of_a_missing_empty_or_broken_directory_is_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder"
    assert check(["kb", "check", str(missing)], tmp_path, capsys) == f"{missing}: does not exist"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert check(["kb", "check", str(empty)], tmp_path, capsys) == (
        f"{empty}: holds no knowledge files (the .yaml files directly inside it)"
    )
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "half-written-2024-03-01.yaml").write_text("source: [\n", encoding="utf-8")
    problem = check(["kb", "check", str(broken)], tmp_path, capsys)
    assert problem.startswith(f"{broken / 'half-written-2024-03-01.yaml'}:1: YAML syntax error")


@pytest.mark.parametrize("command", [["ask", "how many EHCPs"], ["run"], ["chat"]])
def test_a_file_as_the_knowledge_base_creates_no_data_directory(
    command: list[str], kb_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The data directory was created before the knowledge base was found to be a file.
    notes = tmp_path / "notes.txt"
    notes.write_text("some notes\n", encoding="utf-8")
    data = str(tmp_path / "data")
    for kb, what in ((notes, "is a file, not a directory"), (kb_dir / KB_FILE, "is a file")):
        problem = check([*command, "--kb", str(kb), "--data", data], tmp_path, capsys)
        assert problem.startswith(f"{kb}: the knowledge base {what}")
        assert problem.endswith("(set by --kb)")
