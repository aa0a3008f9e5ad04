"""Print the matcher's accuracy on a labelled set, with every miss of a development set.

.venv/bin/python benchmarks/evaluate.py [tests/eval/questions.yaml] [--kb PATH]

Single-source sets are scored against the frozen one-source knowledge base in
tests/data/single-source-kb unless --kb says otherwise. A held-out set (tests/eval/HELD_OUT)
gets its summary line only: it is measured, never read for tuning.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from held_out import is_held_out
from paths import EVAL, SINGLE_SOURCE_KB

from sendbot.answering.evaluate import evaluate, labelled_questions
from sendbot.answering.fact_index import build_index
from sendbot.storage.loader import load

DEFAULT_SET = EVAL / "questions.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--kb", type=Path, default=SINGLE_SOURCE_KB)
    args = parser.parse_args()
    questions = labelled_questions(yaml.safe_load(args.set.read_text(encoding="utf-8")))
    report = evaluate(build_index(load(args.kb).kb), questions)
    if not is_held_out(args.set):
        for miss in report.misses:
            print(miss)
    print(report.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
