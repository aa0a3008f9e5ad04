"""Score sendbot on the held-out multi-source set (labelled by source file and a verbatim piece).

    .venv/bin/python benchmarks/multisource.py [tests/eval/multisource.yaml] [--kb PATH]
    .venv/bin/python benchmarks/multisource.py tests/eval/dev_multisource.yaml --misses

An answer is right when the answered fact's source document is the item's `source` (or one in
its `also`) and the fact's quote contains `contains`, both compared after the verbatim fold. For
`latest` the `source` is the newest answer giving that measure, so right means the newest figure.
A `period` item with `expect: partial`, and every `partial_or_declined` and `out_of_scope` item,
is handled when it is declined or gets a partial reply (out-of-scope: declined only; greetings
and help count as declined there, as they present no fact).

Only summary numbers are printed for a held-out set: it is never read for tuning. `--misses`
also prints the unanswerable questions answered with a fact, and only for a development set
(a file named dev_*.yaml).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path, PurePosixPath

import yaml

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, build_index
from sendbot.knowledge.verbatim import fold
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SET = REPO / "tests" / "eval" / "multisource.yaml"
NOT_A_FACT = {"declined", "greeting", "help"}


def _items(data: dict[str, object], key: str) -> list[dict[str, object]]:
    entries = data.get(key) or []
    assert isinstance(entries, list), f"{key} must be a list"
    return [entry if isinstance(entry, dict) else {"q": entry} for entry in entries]


def _verdict(index: FactIndex, item: dict[str, object]) -> str:
    """'right', 'wrong fact', 'partial', 'declined' (or another outcome) for an answerable item."""
    reply = answer(index, str(item["q"]))
    outcome = reply.outcome.value
    if outcome != "answered" or reply.fact is None or reply.source is None:
        return "declined" if outcome in NOT_A_FACT else outcome
    wanted = {str(item["source"]), *(str(name) for name in item.get("also") or [])}  # type: ignore[attr-defined]
    document = PurePosixPath(reply.source.document).name
    if document in wanted and fold(str(item["contains"])) in fold(reply.fact.quote):
        return "right"
    return "wrong fact"


def _handled(index: FactIndex, item: dict[str, object], partial_ok: bool) -> str:
    outcome = answer(index, str(item["q"])).outcome.value
    if outcome in NOT_A_FACT:
        return "declined"
    if outcome == "partial":
        return "partial" if partial_ok else "not handled"
    return "not handled"


def _answerable_line(name: str, counts: Counter[str], total: int) -> str:
    return (
        f"{name}: {counts['right']}/{total} right ({counts['right'] / total:.1%}), "
        f"{counts['wrong fact']} wrong fact, {counts['partial']} partial, "
        f"{counts['declined']} declined"
    )


def unanswerable_misses(index: FactIndex, data: dict[str, object]) -> list[str]:
    """The unanswerable questions (kind, question, fact id) that got a fact as the answer."""
    periods = _items(data, "period")
    unanswerable = _items(data, "partial_or_declined") + [
        {**item, "kind": "period-not-given"} for item in periods if "source" not in item
    ]
    misses: list[str] = []
    for item in unanswerable:
        reply = answer(index, str(item["q"]))
        if reply.outcome.value in NOT_A_FACT or reply.outcome.value == "partial":
            continue
        fact_id = reply.fact.id if reply.fact is not None else "-"
        misses.append(f"[{item.get('kind')}] {item['q']} -> {fact_id}")
    return misses


def score(index: FactIndex, data: dict[str, object]) -> list[str]:
    lines: list[str] = []
    periods = _items(data, "period")
    answerable = {
        "in_scope": _items(data, "in_scope"),
        "latest": _items(data, "latest"),
        "period (a source gives it)": [item for item in periods if "source" in item],
    }
    overall: Counter[str] = Counter()
    for name, items in answerable.items():
        counts = Counter(_verdict(index, item) for item in items)
        overall.update(counts)
        if items:
            lines.append(_answerable_line(name, counts, len(items)))
    total = sum(len(items) for items in answerable.values())
    if total:
        lines.append(_answerable_line("all answerable", overall, total))

    unanswerable = _items(data, "partial_or_declined") + [
        {**item, "kind": "period-not-given"} for item in periods if "source" not in item
    ]
    handled: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    for item in unanswerable:
        verdict = _handled(index, item, partial_ok=True)
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

    off_topic = _items(data, "out_of_scope")
    if off_topic:
        declined = sum(_handled(index, item, partial_ok=False) == "declined" for item in off_topic)
        lines.append(f"out of scope: {declined}/{len(off_topic)} declined")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument(
        "--kb", type=Path, default=BUNDLED_KNOWLEDGE, help="default: the shipped base"
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="print unanswerable questions answered with a fact (development sets only)",
    )
    args = parser.parse_args()
    if args.misses and not args.set.name.startswith("dev_"):
        parser.error("--misses is for development sets (dev_*.yaml) only")
    index = build_index(load(args.kb).kb)
    data = yaml.safe_load(args.set.read_text(encoding="utf-8"))
    print(f"{args.set.name}:")
    for line in score(index, data):
        print(f"  {line}")
    if args.misses:
        for line in unanswerable_misses(index, data):
            print(f"  miss: {line}")


if __name__ == "__main__":
    main()
