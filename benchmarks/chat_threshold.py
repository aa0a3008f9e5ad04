"""How many overheard questions sendbot would get right or wrong at each confidence threshold.

.venv/bin/python benchmarks/chat_threshold.py [labelled.yaml ...]   (default: train + eval sets)

Used to choose HIGH_CONFIDENCE in sendbot.discord_app.exts.ask._chat_rules. Do not run it on
tests/eval/holdout.yaml to choose anything: that set only measures.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from paths import EVAL, SINGLE_SOURCE_KB

from sendbot.answering.evaluate import labelled_questions
from sendbot.answering.fact_index import build_index
from sendbot.answering.match import match
from sendbot.storage.loader import load

DEFAULT_SETS = [EVAL / "train.yaml", EVAL / "questions.yaml"]
THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def main(paths: list[Path]) -> int:
    index = build_index(load(SINGLE_SOURCE_KB).kb)
    for path in paths:
        questions = labelled_questions(yaml.safe_load(path.read_text(encoding="utf-8")))
        rows = []
        for item in questions:
            result = match(index, item.question)
            right = result.best is not None and result.best.fact.id == item.fact_id
            # A declined question (below the threshold, or vetoed) is never spoken in a channel.
            confidence = result.confidence if result.answered else -1.0
            rows.append((confidence, right, item.fact_id is not None))
        in_scope = sum(1 for row in rows if row[2])
        print(f"{path.name}: {len(rows)} questions, {in_scope} in scope")
        for threshold in THRESHOLDS:
            answered = [row for row in rows if row[0] >= threshold]
            right = sum(1 for row in answered if row[1])
            wrong_fact = sum(1 for row in answered if row[2] and not row[1])
            out_of_scope = sum(1 for row in answered if not row[2])
            precision = right / len(answered) if answered else 1.0
            wrong = wrong_fact + out_of_scope
            print(
                f"  >= {threshold:.2f}: answered {len(answered):3d}, wrong {wrong:3d}"
                f" ({wrong_fact} wrong facts, {out_of_scope} out of scope),"
                f" precision {precision:.3f}, recall {right / in_scope:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main([Path(arg) for arg in sys.argv[1:]] or DEFAULT_SETS))
