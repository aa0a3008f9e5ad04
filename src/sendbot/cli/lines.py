"""Lines from standard input, each of bounded length: input may be endless (`< /dev/zero`)."""

from __future__ import annotations

import codecs
import contextlib
import io
from collections.abc import Iterator
from typing import TextIO

from sendbot.answering.answer import MAX_MESSAGE_LENGTH, too_long_message
from sendbot.knowledge.utf16 import SAMPLE_BYTES, utf16_encoding

# Longer than any message that is read, so an over-long line still gets the usual "too long"
# reply; short enough that a line is never held in memory whole.
MAX_LINE_CHARS = 2 * MAX_MESSAGE_LENGTH
SKIP_CHUNK = 1 << 16
# Text saved by Windows editors, or by PowerShell's `>` (UTF-16), starts with one of these.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotText(ValueError):
    """Standard input is not text at all (a program, an image, a PDF): asked line by line, its
    every line was declined, and the chat recorded hundreds of them for `kb gaps`."""


class CutLine(str):
    """The start of a line too long to keep; the rest of it was dropped unread."""

    def too_long(self) -> str:
        return too_long_message(MAX_LINE_CHARS, over=True)


def bounded_lines(stream: TextIO, max_chars: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Each line without its newline. A line longer than `max_chars` is given at once as a
    `CutLine` of its first `max_chars` characters; the rest of it is then read and dropped,
    never stored. Raises `NotText`, before any line is given, when the input starts with
    bytes no text has."""
    _read_as_its_byte_order_mark_says(stream)
    while True:
        line = stream.readline(max_chars + 2)  # room for the line and its newline
        if not line:
            return
        if line.endswith("\n"):
            yield line[:-1]
        elif len(line) <= max_chars:
            yield line  # the last line, without a newline
        else:
            yield CutLine(line[:max_chars])
            _skip_rest_of_line(stream)


def _skip_rest_of_line(stream: TextIO) -> None:
    while True:
        rest = stream.readline(SKIP_CHUNK)
        if not rest or rest.endswith("\n"):
            return


def _read_as_its_byte_order_mark_says(stream: TextIO) -> None:
    """Decode text that starts with a byte order mark in the encoding the mark names: read as
    UTF-8, UTF-16 was every question spelt with NULs between its letters (each declined), and
    UTF-8's mark was kept in the first question (and in its JSON `question`). Nothing has
    been read yet, so the stream may still change its encoding."""
    buffer = getattr(stream, "buffer", None)
    if not isinstance(stream, io.TextIOWrapper) or not isinstance(buffer, io.BufferedReader):
        return
    try:
        start = buffer.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
    except (OSError, ValueError):
        return
    encoding = _encoding_of(start)
    problem = not_text(start) if encoding is None else _not_text_as_marked(start, encoding)
    if problem is not None:
        raise NotText(
            f"standard input is not text ({problem}): give questions as UTF-8 text, one a line"
        )
    if encoding is not None:
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(encoding=encoding, errors="replace")


def _not_text_as_marked(start: bytes, encoding: str) -> str | None:
    """Why input whose first bytes name an encoding is no text in it, or None. Bytes FF FE
    are a UTF-16 mark and also just bytes that are not UTF-8: "\xff\xfe bad" read as UTF-16
    was the garble "戠摡" and a help reply, exit 0. UTF-16 text is whole code units (an odd
    byte left over is none) and, holding a space or a newline, has NUL bytes."""
    if encoding == "utf-8-sig":
        return not_text(start[len(codecs.BOM_UTF8) :])
    if not start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 recognised by its NULs, not by a mark
    whole = len(start) < SAMPLE_BYTES  # else the sample may end inside a character
    try:
        codecs.getincrementaldecoder(encoding)("strict").decode(start, final=whole)
    except UnicodeDecodeError:
        return "a UTF-16 byte order mark, then bytes that are not UTF-16"
    if b"\0" not in start[2:]:
        return "a UTF-16 byte order mark, then bytes that are not UTF-16 text"
    return None


# So many bytes that are not UTF-8, a quarter or more of the start, are no stray "£" or "é".
_MANY_UNDECODABLE = 16


def not_text(start: bytes) -> str | None:
    """Why the first bytes of UTF-8 input are no text, or None. A NUL is in no text file (UTF-16
    is recognised before this); a stray byte of another encoding (Windows-1252's "£") is, and
    its question is still answered ("caf\\xe9?" too), so only a start a quarter or more not
    UTF-8 is refused."""
    if (nul := start.find(b"\0")) >= 0:
        return f"a NUL byte at byte {nul + 1:,}"
    decoded = start.decode("utf-8", "replace")
    undecodable = decoded.count("\ufffd") - start.decode("utf-8", "ignore").count("\ufffd")
    if undecodable >= _MANY_UNDECODABLE and undecodable * 4 > len(decoded):
        return f"{undecodable:,} of its first {len(decoded):,} characters are not UTF-8"
    return None


def _encoding_of(start: bytes) -> str | None:
    """The encoding a byte order mark names, or UTF-16 recognised without one (its questions
    were asked as "h\0o\0w\0..." and each declined); None: UTF-8, as configured."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if start.startswith(mark):
            return encoding
    return utf16_encoding(start)
