"""Score sendbot on the held-out multi-source set (labelled by source file and a verbatim piece).

    .venv/bin/python benchmarks/multisource.py [tests/eval/multisource.yaml] [--kb PATH]
        [--misses]

An answer is right when the answered fact's source document is the item's `source` (or one in
its `also`) and the fact's quote contains `contains`, both compared after the verbatim fold. For
`latest` the `source` is the newest answer giving that measure, so right means the newest figure.
A `period` item with `expect: partial`, and every `partial_or_declined` and `out_of_scope` item,
is handled when it is declined or gets a partial reply (out-of-scope: declined only; greetings
and help count as declined there, as they present no fact). Of the wrong facts, those giving a
figure that a fact the label accepts gives are counted apart too: often the same figure in
another written answer's words, which the label does not accept yet (see `also`).

Only summary numbers are printed unless --misses is given, which lists each miss with the
reply's fact and outcome; it refuses the held-out sets (listed in tests/eval/HELD_OUT),
which are measured, never read for tuning.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import yaml
from held_out import is_held_out
from paths import EVAL

from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.source_eval import (
    Item,
    answerable_groups,
    answerable_verdict,
    gives_a_labelled_figure,
    items,
    unanswerable_items,
    unanswerable_verdict,
)
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load

DEFAULT_SET = EVAL / "multisource.yaml"


def _verdict(index: FactIndex, item: Item, misses: list[str] | None) -> str:
    verdict, reply = answerable_verdict(index, item)
    if misses is not None and verdict != "right":
        misses.append(_miss(verdict, item, reply.fact.id if reply.fact else None))
    fact = reply.fact
    if verdict == "wrong fact" and fact and gives_a_labelled_figure(index.kb, item, fact):
        return LABELLED_FIGURE
    return verdict


# A wrong fact giving a figure a labelled fact gives: counted as wrong, and counted apart too.
LABELLED_FIGURE = "wrong fact, labelled figure"


def _miss(verdict: str, item: Item, fact_id: str | None) -> str:
    want = item.get("source") or item.get("related")
    return f"  [{verdict}] {item['q']!r} -> {fact_id} (want {want}: {item.get('contains', '')!r})"


def _handled(
    index: FactIndex, item: Item, partial_ok: bool, misses: list[str] | None = None
) -> str:
    verdict, reply = unanswerable_verdict(index, item, partial_ok)
    if misses is not None and verdict == "not handled":
        outcome = reply.outcome.value
        misses.append(
            _miss(f"{outcome}, {item.get('kind')}", item, reply.fact.id if reply.fact else None)
        )
    return verdict


def _answerable_line(name: str, counts: Counter[str], total: int) -> str:
    return (
        f"{name}: {counts['right']}/{total} right ({counts['right'] / total:.1%}), "
        f"{counts['wrong fact']} wrong fact, {counts['partial']} partial, "
        f"{counts['declined']} declined"
    )


def score(index: FactIndex, data: dict[str, object], misses: list[str] | None = None) -> list[str]:
    """The summary lines; each miss is added to `misses` when a list is given."""
    lines: list[str] = []
    answerable = answerable_groups(data)
    overall: Counter[str] = Counter()
    for name, group in answerable.items():
        counts = Counter(_verdict(index, item, misses) for item in group)
        counts["wrong fact"] += counts[LABELLED_FIGURE]
        overall.update(counts)
        if group:
            lines.append(_answerable_line(name, counts, len(group)))
    total = sum(len(group) for group in answerable.values())
    if total:
        lines.append(_answerable_line("all answerable", overall, total))
    if overall["wrong fact"]:
        lines.append(
            f"  of the {overall['wrong fact']} wrong facts, {overall[LABELLED_FIGURE]} give a "
            "figure a labelled fact gives (check whether the label is narrower than the answer)"
        )

    unanswerable = unanswerable_items(data)
    handled: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    for item in unanswerable:
        verdict = _handled(index, item, partial_ok=True, misses=misses)
        handled[verdict] += 1
        by_kind.setdefault(str(item.get("kind")), Counter())[verdict] += 1
    if unanswerable:
        ok = handled["partial"] + handled["declined"]
        lines.append(
            f"unanswerable on topic: {ok}/{len(unanswerable)} handled ({ok / len(unanswerable):.1%}"
            f"; {handled['partial']} partial, {handled['declined']} declined), "
            f"{handled['not handled']} answered with a fact"
        )
        for kind, counts in sorted(by_kind.items()):
            ok = counts["partial"] + counts["declined"]
            lines.append(f"  {kind}: {ok}/{sum(counts.values())} handled")

    off_topic = items(data, "out_of_scope")
    if off_topic:
        declined = sum(
            _handled(index, item, partial_ok=False, misses=misses) == "declined"
            for item in off_topic
        )
        lines.append(f"out of scope: {declined}/{len(off_topic)} declined")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument(
        "--kb", type=Path, default=BUNDLED_KNOWLEDGE, help="default: the shipped base"
    )
    parser.add_argument(
        "--misses", action="store_true", help="list each miss (development sets only)"
    )
    args = parser.parse_args()
    if args.misses and is_held_out(args.set):
        parser.error(f"{args.set.name} is held out: only its summary numbers may be printed")
    index = build_index(load(args.kb).kb)
    data = yaml.safe_load(args.set.read_text(encoding="utf-8"))
    print(f"{args.set.name}:")
    misses: list[str] | None = [] if args.misses else None
    for line in score(index, data, misses):
        print(f"  {line}")
    if misses:
        print("misses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
