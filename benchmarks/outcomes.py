"""Score sendbot's outcomes (answered / partial / declined / greeting / help) on labelled sets.

    .venv/bin/python benchmarks/outcomes.py tests/eval/final4.yaml [more.yaml ...] [--kb PATH]
        [--misses]

A set may hold any of these lists:
  in_scope:            {q, fact}                      answerable: the right fact must be answered
  partial_or_declined: {q, kind, related, missing}    on-topic, but the source does not say
  out_of_scope:        {q}                            nothing relevant (or chit-chat)
  greetings, help:     {q} or plain text              must get the greeting / help reply

Only summary numbers are printed unless --misses is given: held-out sets are measured, never
read for tuning. Single-source sets are scored against the frozen copy of the one-source
knowledge base in tests/data/single-source-kb unless --kb says otherwise.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml
from held_out import is_held_out
from paths import SINGLE_SOURCE_KB

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.fact_index import build_index
from sendbot.answering.source_eval import items
from sendbot.storage.loader import load

# Earlier versions named two outcomes differently; the numbers mean the same thing.
OUTCOME_NAMES = {"abstained": "declined", "smalltalk": "greeting", "empty": "help"}


def _outcome(index: object, question: str) -> tuple[str, str | None, str | None]:
    try:
        reply = answer(index, question)  # type: ignore[arg-type]
    except QuestionTooLong:
        return "error", None, None  # what a front end says instead of a reply
    outcome = OUTCOME_NAMES.get(reply.outcome.value, reply.outcome.value)
    fact_id = reply.fact.id if reply.fact else None
    return outcome, fact_id, getattr(reply, "missing", None)


def _others(counts: Counter[str]) -> str:
    """ "1 other (help 1)": answerable questions given a greeting, help or error reply."""
    others = {name: n for name, n in counts.items() if name not in _VERDICTS}
    named = ", ".join(f"{name} {n}" for name, n in sorted(others.items()))
    return f"{sum(others.values())} other" + (f" ({named})" if named else "")


_VERDICTS = frozenset({"right", "wrong fact", "partial", "declined"})


def score(index: object, data: dict[str, object], show_misses: bool) -> list[str]:
    lines: list[str] = []
    misses: list[str] = []

    answerable = items(data, "in_scope")
    counts: Counter[str] = Counter()
    for item in answerable:
        outcome, fact_id, _ = _outcome(index, str(item["q"]))
        if outcome == "answered":
            verdict = "right" if fact_id == item["fact"] else "wrong fact"
        else:
            verdict = outcome
        counts[verdict] += 1
        if verdict != "right":
            want = item["fact"]
            misses.append(f"  [answerable, {verdict}] {item['q']!r} -> {fact_id} (want {want})")
    if answerable:
        total = len(answerable)
        lines.append(
            f"answerable: {counts['right']}/{total} right ({counts['right'] / total:.1%}), "
            f"{counts['wrong fact']} wrong fact, {counts['partial']} partial, "
            f"{counts['declined']} declined, {_others(counts)}"
        )

    unanswerable = items(data, "partial_or_declined")
    handled: Counter[str] = Counter()
    missed_kinds: Counter[str] = Counter()
    related_right = 0
    for item in unanswerable:
        outcome, fact_id, missing = _outcome(index, str(item["q"]))
        handled[outcome] += 1
        if outcome == "partial" and fact_id == item.get("related"):
            related_right += 1
        kind = item.get("kind", "?")
        if outcome not in {"declined", "partial"}:
            missed_kinds[str(kind)] += 1
            misses.append(f"  [unanswerable {kind}, {outcome}] {item['q']!r} -> {fact_id}")
        elif outcome == "partial":
            misses.append(f"  (partial {kind}) {item['q']!r} -> {fact_id}: {missing}")
    if unanswerable:
        total = len(unanswerable)
        good = handled["declined"] + handled["partial"]
        lines.append(
            f"on-topic unanswerable: {good}/{total} declined or partial ({good / total:.1%}): "
            f"{handled['declined']} declined, {handled['partial']} partial "
            f"({related_right} with the labelled related fact); "
            f"{handled['answered']} answered with a fact (wrong)"
        )
        if missed_kinds:
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(missed_kinds.items()))
            lines.append(f"  answered though unanswerable, by kind: {kinds}")

    off_topic = items(data, "out_of_scope")
    outcomes: Counter[str] = Counter()
    for item in off_topic:
        outcome, fact_id, _ = _outcome(index, str(item["q"]))
        outcomes[outcome] += 1
        if outcome in {"answered", "partial"}:
            misses.append(f"  [out of scope, {outcome}] {item['q']!r} -> {fact_id}")
    if off_topic:
        total = len(off_topic)
        not_answered = total - outcomes["answered"]
        lines.append(
            f"out of scope: {not_answered}/{total} not answered ({not_answered / total:.1%}): "
            + ", ".join(f"{name} {n}" for name, n in sorted(outcomes.items()))
        )

    for key, wanted in (("greetings", "greeting"), ("help", "help")):
        entries = items(data, key)
        got: Counter[str] = Counter()
        for item in entries:
            outcome, fact_id, _ = _outcome(index, str(item["q"]))
            got[outcome] += 1
            if outcome != wanted:
                misses.append(f"  [{key}, {outcome}] {item['q']!r} -> {fact_id}")
        if entries:
            lines.append(
                f"{key}: {got[wanted]}/{len(entries)} handled as {wanted}: "
                + ", ".join(f"{name} {n}" for name, n in sorted(got.items()))
            )
    if show_misses:
        lines += misses
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--kb", type=Path, default=SINGLE_SOURCE_KB)
    parser.add_argument("--misses", action="store_true", help="list every miss (dev sets only)")
    args = parser.parse_args()
    held_out = [path.name for path in args.sets if is_held_out(path)]
    if args.misses and held_out:
        parser.error(f"{held_out[0]} is held out: only its summary numbers may be printed")
    index = build_index(load(args.kb).kb)
    for path in args.sets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        print(f"{path.name}:")
        for line in score(index, data, args.misses):
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
