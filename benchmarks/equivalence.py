"""Record what sendbot answers to every known question, or compare with a recording.

.venv/bin/python benchmarks/equivalence.py OUT.json
.venv/bin/python benchmarks/equivalence.py OUT.json --compare BASELINE.json

A change meant only to make answering faster must not change a single reply. This asks every
question of every set in tests/eval (all lists), every fact's own curated questions, and the
same with the benchmark's typos, of the shipped knowledge base and of the frozen one-source
base; it writes the outcome, fact, score, missing sentence and reply text of each. With
--compare it prints how many replies differ from the recording, and the first few.

The held-out sets (tests/eval/HELD_OUT) are left out unless --held-out is given; then
their questions are recorded under a hash, never as text, and their differences are only
counted, so a speed change can be checked on them without anyone reading their questions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from pathlib import Path

import yaml
from held_out import is_held_out
from paths import EVAL, SHIPPED_KB, SINGLE_SOURCE_KB

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.storage.loader import load

BASES = {
    "shipped": SHIPPED_KB,
    "single-source": SINGLE_SOURCE_KB,
}
# A fixed date late enough that every newest figure is old: the staleness line is checked too.
TODAY = dt.date(2026, 12, 1)
SHOWN_DIFFERENCES = 5
HELD_OUT_KEY = "held-out #"


def _set_questions(held_out: bool) -> dict[str, str]:
    """Each question -> the key it is recorded under (a hash for held-out questions)."""
    questions: dict[str, str] = {}
    for path in sorted(EVAL.glob("*.yaml")):
        hidden = is_held_out(path)
        if hidden and not held_out:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for items in data.values():
            for item in items or ():
                question = str(item["q"]) if isinstance(item, dict) else str(item)
                digest = hashlib.sha256(question.encode()).hexdigest()[:16]
                questions.setdefault(question, HELD_OUT_KEY + digest if hidden else question)
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
        "score": None if reply.score is None else round(reply.score, 4),
        "missing": reply.missing,
        "suggestions": [[item.fact_id, round(item.score, 4)] for item in reply.suggestions],
        "text": reply.text,
    }


def _hidden(outcome: dict[str, object]) -> dict[str, object]:
    # A reply's text can quote the question back ("...not for Devon"): keep only a digest.
    return {"digest": hashlib.sha256(json.dumps(outcome, sort_keys=True).encode()).hexdigest()}


def record(held_out: bool) -> dict[str, dict[str, object]]:
    set_questions = _set_questions(held_out)
    outcomes: dict[str, dict[str, object]] = {}
    for name, path in BASES.items():
        index = build_index(load(path).kb)
        own = [question for fact in index.kb for question in fact.questions]
        questions = {**set_questions, **{q: q for q in [*own, *map(_typo, own)]}}
        for question, key in questions.items():
            for label, today in (("", None), ("today | ", TODAY)):
                outcome = _outcome(index, question, today)
                hidden = key.startswith(HELD_OUT_KEY)
                outcomes[f"{name} | {label}{key}"] = _hidden(outcome) if hidden else outcome
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write this run's replies (JSON)")
    parser.add_argument("--compare", type=Path, help="a recording to compare this run with")
    parser.add_argument(
        "--held-out", action="store_true", help="include the held-out sets (counted, never shown)"
    )
    args = parser.parse_args()
    outcomes = record(args.held_out)
    args.out.write_text(json.dumps(outcomes, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(outcomes):,} replies written to {args.out}")
    if args.compare is None:
        return 0
    baseline = json.loads(args.compare.read_text(encoding="utf-8"))
    keys = sorted(set(baseline) | set(outcomes))
    differ = [key for key in keys if baseline.get(key) != outcomes.get(key)]
    print(f"{len(differ):,} of {len(keys):,} replies differ from {args.compare}")
    hidden = [key for key in differ if HELD_OUT_KEY in key]
    if hidden:
        print(f"  of which {len(hidden):,} are held-out questions (not shown)")
    shown = [key for key in differ if HELD_OUT_KEY not in key]
    for key in shown[:SHOWN_DIFFERENCES]:
        print(f"- {key}\n  was: {baseline.get(key)}\n  now: {outcomes.get(key)}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
