"""A moderator's knowledge file saved on Windows (CRLF line endings, a UTF-8 byte order mark)
keeps them through every edit, undo and redo: rewriting it with LF and no mark made the
whole file show as changed in their `git diff`."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from sendbot.cli.main import main
from tests.storage.storekit import KB_FILE

ALIAS = ["kb", "alias", "high-needs-budget", "what is the pot for high needs?", "--force"]
REVISION = re.compile(rb"^revision: *\d+", re.MULTILINE)


def saved_as(path: Path, *, crlf: bool, bom: bool) -> bytes:
    raw = path.read_bytes()
    assert b"\r" not in raw and not raw.startswith(codecs.BOM_UTF8)
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    if bom:
        raw = codecs.BOM_UTF8 + raw
    path.write_bytes(raw)
    return raw


def assert_written_as(raw: bytes, *, crlf: bool, bom: bool) -> None:
    assert raw.startswith(codecs.BOM_UTF8) == bom
    newlines, crlfs = raw.count(b"\n"), raw.count(b"\r\n")
    assert crlfs == (newlines if crlf else 0)
    assert b"\r" not in raw.replace(b"\r\n", b"")


def without_revision(raw: bytes) -> bytes:
    return REVISION.sub(b"revision: N", raw.removeprefix(codecs.BOM_UTF8), count=1)


@pytest.mark.parametrize(
    ("crlf", "bom"), [(True, False), (False, True), (True, True)], ids=["crlf", "bom", "both"]
)
def test_edits_undo_and_redo_keep_the_files_line_endings_and_byte_order_mark(
    kb_dir: Path, data_dir: Path, crlf: bool, bom: bool
) -> None:
    path = kb_dir / KB_FILE
    original = saved_as(path, crlf=crlf, bom=bom)

    def sendbot(*args: str) -> int:
        return main(["--kb", str(kb_dir), "--data", str(data_dir), *args])

    assert sendbot(*ALIAS) == 0
    edited = path.read_bytes()
    assert_written_as(edited, crlf=crlf, bom=bom)
    newline = b"\r\n" if crlf else b"\n"
    added = [line for line in edited.split(newline) if line not in original.split(newline)]
    # Only the revision and the new question: not every line of the file.
    assert len(added) == 2 and added[0].removeprefix(codecs.BOM_UTF8).startswith(b"revision: ")
    assert b"what is the pot for high needs?" in added[1]

    assert sendbot("kb", "edit", "high-needs-budget", "--add-question", "high needs pot") == 0
    assert_written_as(path.read_bytes(), crlf=crlf, bom=bom)
    assert sendbot("kb", "undo") == 0
    assert sendbot("kb", "undo") == 0
    assert_written_as(path.read_bytes(), crlf=crlf, bom=bom)
    assert without_revision(path.read_bytes()) == without_revision(original)
    assert sendbot("kb", "redo") == 0
    assert_written_as(path.read_bytes(), crlf=crlf, bom=bom)
    assert without_revision(path.read_bytes()) == without_revision(edited)
    assert sendbot("kb", "remove", "high-needs-budget", "--yes") == 0
    assert_written_as(path.read_bytes(), crlf=crlf, bom=bom)
    assert sendbot("kb", "check", str(kb_dir)) == 0
