"""A test that runs long is named while it runs, so a slow suite does not look hung; a quick
one is not, so a CI log stays short."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SUITE = """
import time

def test_slow():
    time.sleep(3)

def test_quick():
    print("captured, not shown")
"""


def test_a_test_still_running_is_named_once_and_a_quick_one_never(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_suite.py").write_text(SUITE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.still_running", "-p",
         "no:cacheprovider", "--still-running-after", "1", "test_suite.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    notices = [line for line in result.stdout.splitlines() if line.startswith("[still")]
    assert notices == ["[still running after 1 s: test_suite.py::test_slow]"]
    assert "captured" not in result.stdout
