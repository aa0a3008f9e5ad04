"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import pytest

from sendbot.cli.main import main
from tests.cli.runner import Run


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """main(argv) in process; (exit status, stdout, stderr). SystemExit counts as a status."""

    def call(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call
