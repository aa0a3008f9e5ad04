"""Print the matcher's accuracy on the development evaluation set, with every miss.

.venv/bin/python benchmarks/evaluate.py [tests/eval/questions.yaml] [--kb PATH]

Single-source sets are scored against the frozen one-source knowledge base in
tests/data/single-source-kb unless --kb says otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from sendbot.answering.evaluate import evaluate, labelled_questions
from sendbot.answering.match import build_index
from sendbot.storage.loader import load_knowledge

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SET = REPO / "tests" / "eval" / "questions.yaml"
SINGLE_SOURCE_KB = REPO / "tests" / "data" / "single-source-kb"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--kb", type=Path, default=SINGLE_SOURCE_KB)
    args = parser.parse_args()
    questions = labelled_questions(yaml.safe_load(args.set.read_text(encoding="utf-8")))
    report = evaluate(build_index(load_knowledge(args.kb)), questions)
    for miss in report.misses:
        print(miss)
    print(report.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
