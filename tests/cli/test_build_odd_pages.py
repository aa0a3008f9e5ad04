"""Written answers saved in ways a new user saves them, which `kb build` must name plainly.

On Windows (Notepad's "ANSI", a browser's "Save as text" on an English Windows) a page is in
Windows-1252, where "£" is the byte 0xa3: `kb build` said only "not UTF-8 text (byte 0xa3)",
which tells a new user neither what the byte is nor what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.e2e.test_bot_kb_ingest import ANSWER


def test_kb_build_names_the_pound_sign_of_a_windows_1252_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ANSWER.read_text(encoding="utf-8")
    page = tmp_path / "answer.txt"
    page.write_bytes(text.encode("cp1252"))
    line = text[: text.index("£")].count("\n") + 1
    assert main(["kb", "build", str(page), "--out", str(tmp_path / "drafts") + "/"]) == 1
    assert capsys.readouterr().err == (
        f"sendbot: {page}:{line}: not UTF-8 text (byte 0xa3, '£' in Windows-1252): "
        "save it as UTF-8\n"
    )
    assert not (tmp_path / "drafts").exists()


def test_kb_build_refuses_a_written_answer_pasted_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page copied twice into one file (or two answers one after the other) drafted 14
    facts from 5: the second copy's header became facts ("Net Zero" in the role line a count
    of 0, "how many question?"), and every fact came again with a "-2" id."""
    text = ANSWER.read_text(encoding="utf-8")
    page = tmp_path / "answer.txt"
    page.write_text(text + "\n" + text, encoding="utf-8")
    again = text.count("\n") + 2 + text[: text.index("Question to")].count("\n")
    assert main(["kb", "build", str(page), "--out", str(tmp_path / "drafts") + "/"]) == 1
    assert capsys.readouterr().err == (
        f"sendbot: {page}: not a written answer: line {again} starts another written answer "
        "('Question to the Department for Education:' again): a file holds one answer; keep "
        "one copy, or save each answer in a file of its own\n"
    )
    assert not (tmp_path / "drafts").exists()
