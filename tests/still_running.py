"""A line naming a test that has been running a long time, so that a slow suite on a busy
machine does not look hung: `pytest -q` prints a dot only when a test ends, and the slowest
tests (whole evaluation sets, every command with hostile arguments) take minutes there.

Nothing is printed for a test that ends within `--still-running-after` seconds (default 60);
a longer one is named then and every five minutes after, so a CI log gets a few lines, not
one per test. Loaded by tests/conftest.py.
"""

from __future__ import annotations

import os
import threading

import pytest

FIRST_NOTICE = 60.0  # seconds
REPEAT = 300.0


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--still-running-after",
        type=float,
        default=FIRST_NOTICE,
        metavar="SECONDS",
        help="name a test still running after this long, and every five minutes after "
        f"(default {FIRST_NOTICE:.0f})",
    )


def pytest_configure(config: pytest.Config) -> None:
    first = config.getoption("--still-running-after")
    config.pluginmanager.register(StillRunning(first, max(first, REPEAT)), "still-running")


def elapsed_text(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:g} s"
    return f"{seconds / 60:.0f} min"


class StillRunning:
    """Names the test in progress when it passes each notice time."""

    def __init__(self, first: float, repeat: float) -> None:
        self.first, self.repeat = first, repeat
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._running: str | None = None
        # Output captured from a test goes to a temporary file behind file descriptor 1; a copy
        # made now, while nothing is captured, still reaches the terminal (or the CI log).
        self._out = os.dup(1)

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        with self._lock:
            self._running = nodeid
            self._arm(nodeid, self.first, self.first)

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        with self._lock:
            self._running = None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def pytest_unconfigure(self) -> None:
        self.pytest_runtest_logfinish("")
        os.close(self._out)

    def _arm(self, nodeid: str, delay: float, elapsed: float) -> None:
        """Call _notice for `nodeid` in `delay` seconds, when it will have run `elapsed`."""
        self._timer = threading.Timer(delay, self._notice, (nodeid, elapsed))
        self._timer.daemon = True
        self._timer.start()

    def _notice(self, nodeid: str, elapsed: float) -> None:
        with self._lock:
            if self._running != nodeid:
                return
            line = f"\n[still running after {elapsed_text(elapsed)}: {nodeid}]\n"
            try:
                os.write(self._out, line.encode("utf-8", "replace"))
            except OSError:
                return  # the reader has gone: nothing to tell
            self._arm(nodeid, self.repeat, elapsed + self.repeat)
