"""Where the benchmarks find the labelled sets and the knowledge bases, in this checkout."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO / "tests" / "eval"
# The frozen one-source base the single-source sets were written for.
SINGLE_SOURCE_KB = REPO / "tests" / "data" / "single-source-kb"
SHIPPED_KB = REPO / "src" / "sendbot" / "bundled_knowledge"
