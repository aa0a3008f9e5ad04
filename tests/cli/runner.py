"""`sendbot` as a user runs it: a subprocess that sees none of this shell's bot settings."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# `main(argv)` run in this process: (exit status, stdout, stderr); the `run` fixture of
# tests/cli/conftest.py.
Run = Callable[..., tuple[int, str, str]]


def environment_without_settings() -> dict[str, str]:
    """This process's environment less every DISCORD* and SENDBOT* variable, so that a
    developer's own token or settings never reach a test."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DISCORD", "SENDBOT"))
    }


def run_sendbot(
    *args: str,
    cwd: Path,
    data: Path | str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -m sendbot ARGS` in `cwd`, its runtime state in `data` (never the real $HOME)."""
    environment = environment_without_settings()
    environment["SENDBOT_DATA"] = str(data)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "sendbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=60,
    )
