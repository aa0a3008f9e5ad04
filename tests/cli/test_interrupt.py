"""Ctrl-C at any moment ends `sendbot` quietly, with the shell's status for it (130)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.runner import environment_without_settings

# Ctrl-C while the commands are still being imported (most of the first second): the
# KeyboardInterrupt arrives as the import of sqlite3 starts, as the real signal would.
INTERRUPT_WHILE_LOADING = """
import sys

class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "sqlite3":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, CtrlC())
from sendbot.cli import main
raise SystemExit(main(["ask", "how many special schools opened?"]))
"""


def test_ctrl_c_while_the_commands_load_ends_quietly(tmp_path: Path) -> None:
    environment = environment_without_settings()
    environment["SENDBOT_DATA"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPT_WHILE_LOADING],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "")
