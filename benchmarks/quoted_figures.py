"""Every figure a reply states is in a quote it shows: replies that break the rule, by kind of
line, over the development sets (each on the base it was written for).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/quoted_figures.py [SET.yaml ...]
        [--examples N] [--drafted]

With no sets named, every development set in dev_sets.EVERY_SET (held-out sets are never
read). --drafted: the many-source sets on a base of the captured answers drafted and left
unedited (benchmarks/drafted.py builds it), instead of the shipped base.
Each question is answered as the bot answers it on a fixed day, so the line saying a figure is
old is among those checked. Counts are replies, once per kind of line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from dev_sets import EVERY_SET
from held_out import is_held_out
from paths import EVAL

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.unquoted_figures import unquoted_figures
from sendbot.storage.loader import load

TODAY = dt.date(2026, 12, 1)
LISTS = ("in_scope", "partial_or_declined", "out_of_scope", "latest", "period", "unanswerable")


def questions(data: dict[str, object]) -> list[str]:
    asked: list[str] = []
    for key in LISTS:
        entries = data.get(key) or []
        if isinstance(entries, list):
            asked += [str(e["q"] if isinstance(e, dict) else e) for e in entries]
    return asked


def broken(index: FactIndex, question: str) -> dict[str, list[str]]:
    """The kinds of line that state a figure no quote shown holds, each with its lines."""
    try:
        reply = answer(index, question, today=TODAY)
    except QuestionTooLong:
        return {}
    kinds: dict[str, list[str]] = defaultdict(list)
    for found in unquoted_figures(reply, index.kb):
        kinds[found.kind].append(f"{found.figure!r} in: {found.line}")
    return kinds


def _drafted_base() -> Path:
    from drafted import build_drafted_base, captured_answers

    directory = Path(tempfile.mkdtemp(prefix="quoted-figures-drafted-"))
    build_drafted_base(captured_answers(), directory)
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--drafted", action="store_true")
    args = parser.parse_args()
    drafted = _drafted_base() if args.drafted else None
    names = [path.name for path in args.sets] or list(EVERY_SET)
    indexes: dict[Path, FactIndex] = {}
    counts: dict[str, Counter[str]] = {"one": Counter(), "many": Counter()}
    asked = Counter[str]()
    examples: dict[str, list[str]] = defaultdict(list)
    for name in names:
        path = EVAL / name
        if is_held_out(path) or name not in EVERY_SET:
            continue
        kb, by_fact = EVERY_SET[name]
        base = "one" if by_fact else "many"
        if drafted is not None:
            if by_fact:
                continue
            kb = drafted
        if kb not in indexes:
            indexes[kb] = build_index(load(kb).kb)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in questions(data):
            asked[base] += 1
            for kind, lines in broken(indexes[kb], question).items():
                counts[base][kind] += 1
                if len(examples[kind]) < args.examples:
                    examples[kind].append(f"{question!r}: {lines[0]}")
    for base, label in (("one", "one source"), ("many", "many sources")):
        kinds = ", ".join(f"{kind} {n}" for kind, n in counts[base].most_common()) or "none"
        print(f"{label}: {asked[base]} questions; replies breaking the rule, by line: {kinds}")
    for kind, lines in examples.items():
        print(f"{kind}:")
        for line in lines:
            print(f"  {line}")


if __name__ == "__main__":
    main()
