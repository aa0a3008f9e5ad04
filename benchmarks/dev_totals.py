"""Every development set scored as the accuracy tests score it, per set and in total.

    .venv/bin/python benchmarks/dev_totals.py [LABEL] [--sets NAME ...] [--extra FILE:one|many ...]

The sets are benchmarks/dev_sets.EVERY_SET (or the `--sets` named among them), each on the base
it was written for; `--extra` adds a set outside tests/eval, scored on the one-source base
(`one`, labelled by fact id) or the shipped one (`many`, labelled by source and quoted piece).
One line per set, then a TOTAL line for the one-source and the many-source sets:
answerable right and wrong fact; on-topic unanswerable handled (declined or partial); off topic
not answered (one source) or declined (many sources); "latest" right (many sources). Summary
numbers only: the rounds' development totals in the README are these TOTAL lines. LABEL starts
every line, so that runs of two checkouts can be told apart and diffed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml
from dev_sets import EVERY_SET
from paths import EVAL, SHIPPED_KB, SINGLE_SOURCE_KB

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.source_eval import (
    answerable_groups,
    answerable_verdict,
    items,
    unanswerable_items,
    unanswerable_verdict,
)
from sendbot.storage.loader import load

HANDLED = frozenset({"declined", "partial"})


def _outcome(index: FactIndex, question: str) -> tuple[str, str | None]:
    try:
        reply = answer(index, question)
    except QuestionTooLong:
        return "error", None  # what a front end says instead of a reply
    return reply.outcome.value, (reply.fact.id if reply.fact else None)


def by_fact(index: FactIndex, data: dict[str, object]) -> Counter[str]:
    """A one-source set: right when the answered fact is the labelled one."""
    counts: Counter[str] = Counter()
    for item in items(data, "in_scope"):
        outcome, fact_id = _outcome(index, str(item["q"]))
        counts["total"] += 1
        if outcome == "answered":
            counts["right" if fact_id == item["fact"] else "wrong"] += 1
    for item in items(data, "partial_or_declined"):
        counts["unanswerable"] += 1
        counts["handled"] += _outcome(index, str(item["q"]))[0] in HANDLED
    for item in items(data, "out_of_scope"):
        counts["off_topic"] += 1
        counts["off_topic_ok"] += _outcome(index, str(item["q"]))[0] != "answered"
    return counts


def by_source(index: FactIndex, data: dict[str, object]) -> Counter[str]:
    """A many-source set: right when the fact's quote is the labelled source's piece."""
    counts: Counter[str] = Counter()
    for group, questions in answerable_groups(data).items():
        for item in questions:
            verdict, _ = answerable_verdict(index, item)
            counts["total"] += 1
            counts["right"] += verdict == "right"
            counts["wrong"] += verdict == "wrong fact"
            if group == "latest":
                counts["latest"] += 1
                counts["latest_right"] += verdict == "right"
    for item in unanswerable_items(data):
        counts["unanswerable"] += 1
        counts["handled"] += unanswerable_verdict(index, item, True)[0] != "not handled"
    for item in items(data, "out_of_scope"):
        counts["off_topic"] += 1
        counts["off_topic_ok"] += unanswerable_verdict(index, item, False)[0] == "declined"
    return counts


def line(counts: Counter[str], many: bool) -> str:
    text = (
        f"{counts['right']:,}/{counts['total']:,} right, {counts['wrong']:,} wrong, "
        f"unanswerable {counts['handled']:,}/{counts['unanswerable']:,}, "
        f"off topic {counts['off_topic_ok']:,}/{counts['off_topic']:,}"
    )
    if many:
        text += f", latest {counts['latest_right']:,}/{counts['latest']:,}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("label", nargs="?", default="dev")
    parser.add_argument("--sets", nargs="+", metavar="NAME", help="only these of EVERY_SET")
    parser.add_argument("--extra", nargs="+", default=[], metavar="FILE:one|many")
    args = parser.parse_args()
    unknown = [name for name in args.sets or [] if name not in EVERY_SET]
    if unknown:
        parser.error(f"{unknown[0]} is not a development set (benchmarks/dev_sets.EVERY_SET)")
    sets = {EVAL / name: EVERY_SET[name] for name in args.sets or EVERY_SET}
    for extra in args.extra:
        path, _, kind = extra.rpartition(":")
        if kind not in {"one", "many"} or not path:
            parser.error(f"--extra {extra!r}: give FILE:one or FILE:many")
        sets[Path(path)] = (SINGLE_SOURCE_KB, True) if kind == "one" else (SHIPPED_KB, False)
    indexes = {base: build_index(load(base).kb) for base in {base for base, _ in sets.values()}}
    totals: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for path, (base, fact_labelled) in sets.items():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        score = by_fact if fact_labelled else by_source
        counts = score(indexes[base], data)
        totals[fact_labelled].update(counts)
        totals[fact_labelled]["sets"] += 1
        print(f"{args.label} {path.name}: {line(counts, not fact_labelled)}", flush=True)
    for fact_labelled, name in ((True, "one source"), (False, "many sources")):
        counts = totals[fact_labelled]
        if counts["sets"]:
            sets_named = f"{counts['sets']} set" + ("s" if counts["sets"] != 1 else "")
            print(f"{args.label} TOTAL {name} ({sets_named}): {line(counts, not fact_labelled)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
