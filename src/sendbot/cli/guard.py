"""The last line of defence of the command line: whatever goes wrong ends in one line on
standard error and an exit status, never a traceback (unless -v asks for one).

Known failures are handled where they happen, with a message that says what to do; this
catches what is left, and a reader closing the pipe (`sendbot ask --json - | head -1`)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from collections.abc import Callable, Iterable

from sendbot.cli.parsing import PROBLEM_CHARS, clip, print_error
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.settings import SettingsError
from sendbot.storage.database import DatabaseError

log = logging.getLogger("sendbot")

FAILED = 1
USAGE = 2
INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it
PIPE_CLOSED = 141  # 128 + SIGPIPE: what `yes | head -1` reports for `yes`


def forgiving_streams() -> None:
    """Undecodable input becomes U+FFFD instead of an exception; output that cannot be
    encoded is escaped. A question with a stray byte deserves an answer, not a crash.
    A closed standard input (`sendbot ask - <&-`, which Python gives as None) reads as empty:
    it said "unexpected error: AttributeError: 'NoneType' object has no attribute 'isatty'"."""
    if sys.stdin is None:
        # The lowest free descriptor, 0: nothing opened later (the state database) takes it.
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - open for the run
    for stream, errors in ((sys.stdin, "replace"), (sys.stdout, "backslashreplace")):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors=errors)


def print_problems(error: KnowledgeError) -> None:
    print_each_problem(error)
    print(f"{len(error.problems)} problem(s) found", file=sys.stderr)


def print_each_problem(error: KnowledgeError) -> None:
    """One line each on standard error, clipped: a problem may quote the value given, which
    may be a megabyte long."""
    for problem in _in_reading_order(error.problems):
        print(clip(str(problem), PROBLEM_CHARS), file=sys.stderr)


def _in_reading_order(problems: Iterable[Problem]) -> list[Problem]:
    """By file, then line, as someone fixing them reads the file; the checks find them in
    their own order (a fact's title before its missing statement, whole-base checks last)."""
    return sorted(problems, key=lambda problem: (problem.file, problem.line or 0))


def _discard_stdout() -> None:
    # Whatever is still buffered for the closed pipe would fail again at exit, with a
    # message of Python's own; point standard output at /dev/null instead.
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def guarded(command: Callable[[], int], *, verbose: bool) -> int:
    """Run `command`, turning every exception into one line and an exit status."""
    try:
        return command()
    except BrokenPipeError:
        _discard_stdout()
        return PIPE_CLOSED
    except KeyboardInterrupt:
        return INTERRUPTED
    except KnowledgeError as exc:
        print_problems(exc)
        return FAILED
    except SettingsError as exc:
        print_error(str(exc))
        return USAGE
    except DatabaseError as exc:
        # Cut at the length of a problem line: the path alone may take half of 200.
        print_error(clip(str(exc), PROBLEM_CHARS))
        return FAILED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print_error(clip(f"{where}{exc.strerror or exc}"))
        if verbose:
            log.exception("details")
        return FAILED
    except Exception as exc:
        if verbose:
            log.exception("unexpected error")
        hint = "" if verbose else " (run with -v for details)"
        print_error(clip(f"unexpected error: {type(exc).__name__}: {exc}") + hint)
        return FAILED
