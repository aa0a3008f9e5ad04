"""Which labelled sets are held out: tests/eval/HELD_OUT lists them, one file name a line."""

from __future__ import annotations

from pathlib import Path

from paths import EVAL

LIST = EVAL / "HELD_OUT"


def held_out_names() -> frozenset[str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_held_out(path: Path) -> bool:
    return path.name in held_out_names()
