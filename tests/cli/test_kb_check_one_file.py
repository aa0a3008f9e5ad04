"""`kb check FILE.yaml` reports the problems of that file only (the rest of its folder is
counted, not listed), and a statement's unbacked figure is quoted without the space after it."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import Run
from tests.storage.storekit import KB_FILE

BROKEN_NEIGHBOUR = "facts: [this is not a knowledge file\n"


def _unbacked_statement(kb_file: Path) -> None:
    text = kb_file.read_text(encoding="utf-8")
    said = "opened 15 new special schools and one AP free school."
    assert said in text
    kb_file.write_text(text.replace(said, f"{said[:-1]} at £4,250 each.", 1), encoding="utf-8")


def test_checking_one_file_leaves_out_its_neighbours_problems(run: Run, kb_dir: Path) -> None:
    (kb_dir / "a-draft-left-half-done.yaml").write_text(BROKEN_NEIGHBOUR, encoding="utf-8")
    code, out, err = run("kb", "check", str(kb_dir / KB_FILE))
    assert code == 0, err
    assert "a-draft-left-half-done.yaml:" not in err
    assert f"problem(s) in other files of {kb_dir}" in err
    assert out.splitlines()[-1] == f"ok: {kb_dir / KB_FILE} has no problems of its own"
    # The folder itself still lists every file's problems.
    code, _, err = run("kb", "check", str(kb_dir))
    assert code == 1 and "a-draft-left-half-done.yaml" in err


def test_checking_one_file_lists_its_own_problems_only(run: Run, kb_dir: Path) -> None:
    (kb_dir / "a-draft-left-half-done.yaml").write_text(BROKEN_NEIGHBOUR, encoding="utf-8")
    _unbacked_statement(kb_dir / KB_FILE)
    code, _, err = run("kb", "check", str(kb_dir / KB_FILE))
    assert code == 1
    problems = [line for line in err.splitlines() if line.startswith(str(kb_dir))]
    assert problems and all(line.startswith(str(kb_dir / KB_FILE)) for line in problems)


def test_an_unbacked_figure_is_quoted_without_a_trailing_space(run: Run, kb_dir: Path) -> None:
    _unbacked_statement(kb_dir / KB_FILE)
    code, _, err = run("kb", "check", str(kb_dir))
    assert code == 1
    assert "states '£4,250', a figure the quote does not give" in err
