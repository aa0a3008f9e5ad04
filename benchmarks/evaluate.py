"""Print the matcher's accuracy on the development evaluation set, with every miss.

.venv/bin/python benchmarks/evaluate.py [tests/eval/questions.yaml]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from eval_kb import SINGLE_SOURCE_KB

from sendbot.answering.evaluate import evaluate, labelled_questions
from sendbot.answering.match import build_index
from sendbot.storage.loader import load_knowledge

DEFAULT_SET = Path(__file__).resolve().parent.parent / "tests" / "eval" / "questions.yaml"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SET
    questions = labelled_questions(yaml.safe_load(path.read_text(encoding="utf-8")))
    report = evaluate(build_index(load_knowledge(SINGLE_SOURCE_KB)), questions)
    for miss in report.misses:
        print(miss)
    print(report.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
