"""Has the reader of standard output gone? `sendbot bench | head -3` should stop when `head`
does, not minutes later at its next line of output."""

from __future__ import annotations

import io
import select
from typing import TextIO


def reader_gone(stream: TextIO) -> bool:
    """True when `stream` is a pipe whose reading end is closed. Linux reports that as an
    error condition on the writing end, seen without writing anything; elsewhere, and for
    files and terminals, this says False and the next write finds out."""
    poll = getattr(select, "poll", None)
    if poll is None:
        return False
    try:
        descriptor = stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return False
    poller = poll()
    poller.register(descriptor, 0)  # no events asked for: errors are always reported
    return any(events & select.POLLERR for _, events in poller.poll(0))


def stop_if_reader_gone(stream: TextIO) -> None:
    """Raise BrokenPipeError (which the command line turns into exit status 141, as for a
    failed write) when nobody reads `stream` any more."""
    if reader_gone(stream):
        raise BrokenPipeError("the reader of standard output has gone")
