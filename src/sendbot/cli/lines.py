"""Lines from standard input, each of bounded length: input may be endless (`< /dev/zero`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from sendbot.answering.answer import MAX_QUESTION_LENGTH

# Longer than any question that can be asked, so an over-long line still gets the usual
# "too long" reply; short enough that a line is never held in memory whole.
MAX_LINE_CHARS = 4 * MAX_QUESTION_LENGTH
SKIP_CHUNK = 1 << 16


class CutLine(str):
    """The start of a line too long to keep; the rest of it was dropped unread."""

    def too_long(self) -> str:
        return (
            f"That question is over {MAX_LINE_CHARS:,} characters long; please keep it to "
            f"{MAX_QUESTION_LENGTH} or fewer."
        )


def bounded_lines(stream: TextIO, max_chars: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Each line without its newline. A line longer than `max_chars` is given at once as a
    `CutLine` of its first `max_chars` characters; the rest of it is then read and dropped,
    never stored."""
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
