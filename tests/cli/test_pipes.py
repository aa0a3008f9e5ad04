"""A reader that stops early (`sendbot ask --json - < questions.txt | head -1`) ends sendbot
quietly: no traceback, no message from Python about the closed pipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.runner import environment_without_settings
from tests.conftest import REPO

# Enough answers to fill a pipe's buffer many times over, so writing must fail.
QUESTIONS = "how many special schools opened?\nwho answered the question?\n" * 1_500


@pytest.mark.parametrize("argv", [["ask", "--json", "-"], ["ask", "-"], ["chat"]], ids=" ".join)
def test_a_closed_pipe_ends_sendbot_quietly(tmp_path: Path, argv: list[str]) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text(QUESTIONS, encoding="utf-8")
    env = environment_without_settings()
    env["SENDBOT_DATA"] = str(tmp_path / "data")
    with questions.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "sendbot", *argv],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
            env=env,
        )
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()  # what `head -1` reads before it exits
        process.stdout.close()
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert first.strip()
    assert stderr == ""
    assert code == 141  # 128 + SIGPIPE, as a shell reports a writer whose reader left
