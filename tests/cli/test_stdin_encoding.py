"""Questions piped in from a file saved with a byte order mark (Windows editors; PowerShell's
`>` writes UTF-16) are read in the encoding the mark names."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.runner import environment_without_settings

QUESTIONS = "how many special schools opened?\r\nhi\r\n"


def ask_json(tmp_path: Path, stdin: bytes) -> list[dict[str, object]]:
    environment = environment_without_settings()
    environment["SENDBOT_DATA"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "sendbot", "ask", "--json", "-"],
        input=stdin,
        capture_output=True,
        cwd=tmp_path,
        env=environment,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


@pytest.mark.parametrize(
    "saved",
    [
        codecs.BOM_UTF8 + QUESTIONS.encode("utf-8"),
        codecs.BOM_UTF16_LE + QUESTIONS.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + QUESTIONS.encode("utf-16-be"),
    ],
    ids=["utf-8 with a mark", "utf-16-le", "utf-16-be"],
)
def test_a_file_with_a_byte_order_mark_is_read_as_it_says(tmp_path: Path, saved: bytes) -> None:
    replies = ask_json(tmp_path, saved)
    assert [(reply["question"], reply["outcome"]) for reply in replies] == [
        ("how many special schools opened?", "answered"),
        ("hi", "greeting"),
    ]


@pytest.mark.parametrize(
    "garbled",
    [b"\xff\xfe no good\n", b"\xfe\xff two words\n", b"\xff\xfeplain bytes, not UTF-16!\n"],
    ids=["odd byte left over", "big-endian mark", "no NUL after the mark"],
)
def test_bytes_after_a_utf16_mark_that_are_no_utf16_text_are_refused(
    tmp_path: Path, garbled: bytes
) -> None:
    """FF FE are bytes no UTF-8 has: read as UTF-16, what followed was garbled into CJK
    letters and given the help reply, exit 0, as if it were text."""
    environment = environment_without_settings()
    environment["SENDBOT_DATA"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "sendbot", "ask", "--json", "-"],
        input=garbled,
        capture_output=True,
        cwd=tmp_path,
        env=environment,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (2, b"")
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("sendbot ask: standard input is not text (a UTF-16 byte order mark")
