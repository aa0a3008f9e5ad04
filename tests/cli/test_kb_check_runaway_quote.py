"""`kb check` on a knowledge file whose quoted value lost its closing quote names the line the
value opens on: PyYAML stumbles thirty lines down, at the next quote mark, on a line that
looks right to the person editing the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sendbot.cli.main import main
from sendbot.settings import BUNDLED_KNOWLEDGE

FILE = "change-programme-evaluation-2023-12-11.yaml"


def test_a_quote_left_open_is_named_by_the_line_it_opens_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(BUNDLED_KNOWLEDGE, kb)
    path = kb / FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    opened = next(n for n, line in enumerate(lines) if line.lstrip().startswith('quote: "'))
    lines[opened] = lines[opened].rstrip().removesuffix('"')
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["kb", "check", str(kb)]) == 1
    said = capsys.readouterr().err
    assert f"{FILE}:{opened + 1}: YAML syntax error at column" in said
    assert "a quoted value that is never closed" in said
