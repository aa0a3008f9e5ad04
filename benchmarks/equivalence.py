"""Record what sendbot answers to every known question, or compare with a recording.

.venv/bin/python benchmarks/equivalence.py OUT.json
.venv/bin/python benchmarks/equivalence.py OUT.json --compare BASELINE.json

A change meant only to make answering faster must not change a single reply. This asks every
question of every set in tests/eval (all lists), every fact's own curated questions, and the
same with the benchmark's typos, of the shipped knowledge base and of the frozen one-source
base; it writes the outcome, fact, score, missing sentence and reply text of each. With
--compare it prints how many replies differ from the recording, and the first few. Only
equality is checked, so the held-out sets may be run through it: it prints nothing about
them beyond the differences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import yaml

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.match import FactIndex, build_index
from sendbot.storage.loader import load

REPO = Path(__file__).resolve().parent.parent
BASES = {
    "shipped": REPO / "src" / "sendbot" / "bundled_knowledge",
    "single-source": REPO / "tests" / "data" / "single-source-kb",
}
# A fixed date late enough that every newest figure is old: the staleness line is checked too.
TODAY = dt.date(2026, 12, 1)
SHOWN_DIFFERENCES = 5


def _set_questions() -> list[str]:
    questions: list[str] = []
    for path in sorted((REPO / "tests" / "eval").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for items in data.values():
            for item in items or ():
                questions.append(str(item["q"]) if isinstance(item, dict) else str(item))
    return questions


def _typo(text: str) -> str:
    # As `sendbot bench` misspells: exercises the typo corrector.
    return text.replace("school", "scohol").replace("train", "trian")


def _outcome(index: FactIndex, question: str, today: dt.date | None) -> dict[str, object]:
    try:
        reply = answer(index, question, today)
    except QuestionTooLong as error:
        return {"outcome": "too-long", "text": str(error)}
    return {
        "outcome": reply.outcome.value,
        "fact_id": reply.fact.id if reply.fact else None,
        "score": round(reply.score, 4),
        "missing": reply.missing,
        "suggestions": [[item.fact_id, round(item.score, 4)] for item in reply.suggestions],
        "text": reply.text,
    }


def record() -> dict[str, dict[str, object]]:
    set_questions = _set_questions()
    outcomes: dict[str, dict[str, object]] = {}
    for name, path in BASES.items():
        index = build_index(load(path).kb)
        own = [question for fact in index.kb for question in fact.questions]
        questions = dict.fromkeys([*set_questions, *own, *map(_typo, own)])
        for question in questions:
            outcomes[f"{name} | {question}"] = _outcome(index, question, None)
            outcomes[f"{name} | today | {question}"] = _outcome(index, question, TODAY)
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write this run's replies (JSON)")
    parser.add_argument("--compare", type=Path, help="a recording to compare this run with")
    args = parser.parse_args()
    outcomes = record()
    args.out.write_text(json.dumps(outcomes, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(outcomes):,} replies written to {args.out}")
    if args.compare is None:
        return 0
    baseline = json.loads(args.compare.read_text(encoding="utf-8"))
    keys = sorted(set(baseline) | set(outcomes))
    differ = [key for key in keys if baseline.get(key) != outcomes.get(key)]
    print(f"{len(differ):,} of {len(keys):,} replies differ from {args.compare}")
    for key in differ[:SHOWN_DIFFERENCES]:
        print(f"- {key}\n  was: {baseline.get(key)}\n  now: {outcomes.get(key)}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
