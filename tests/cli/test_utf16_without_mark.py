"""UTF-16 text without a byte order mark (`iconv -t UTF-16LE`, some Windows pipes): plain
English in it decodes as UTF-8 with a NUL after each letter, so it was asked as
"h\\0o\\0w\\0..." (declined), or refused as a YAML error about character #x0000, or a source
document was "missing or cannot be read". Questions are now read as UTF-16; knowledge files,
documents and drafted pages are refused in one line saying to save them as UTF-8."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.cli.test_stdin_encoding import ask_json

DOCUMENT = "sources/written-answer-2023-01-09-supported-internships.txt"


@pytest.mark.parametrize("utf16", ["utf-16-le", "utf-16-be"])
def test_questions_in_utf16_without_a_mark_are_answered(tmp_path: Path, utf16: str) -> None:
    replies = ask_json(tmp_path, "how many special schools opened?\nhi\n".encode(utf16))
    assert [(reply["question"], reply["outcome"]) for reply in replies] == [
        ("how many special schools opened?", "answered"),
        ("hi", "greeting"),
    ]


def test_kb_check_names_a_utf16_file_and_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = tmp_path / "kb"
    assert main(["init", str(kb)]) == 0
    for name in ("synonyms.yaml", DOCUMENT):
        (kb / name).write_bytes((kb / name).read_text().encode("utf-16-le"))
    capsys.readouterr()
    assert main(["kb", "check", str(kb)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{kb}/supported-internships-2023-01-09.yaml:16: source.document: {DOCUMENT} is "
        "UTF-16 text, not UTF-8: save it as UTF-8",
        f"{kb}/synonyms.yaml:1: UTF-16 text, not UTF-8: save it as UTF-8",
        "2 problem(s) found",
    ]


def test_kb_build_names_a_utf16_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("Special educational needs\nAsked by someone\n".encode("utf-16-be"))
    assert main(["kb", "build", str(page), "--out", str(tmp_path / "drafts") + "/"]) == 1
    assert capsys.readouterr().err == (
        f"sendbot: {page}:1: UTF-16 text, not UTF-8: save it as UTF-8\n"
    )
    assert not (tmp_path / "drafts").exists()
