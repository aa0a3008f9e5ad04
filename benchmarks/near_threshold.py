"""How many questions does the evidence model alone turn down with the right fact first, and
how close do they come? Its probability, group by group, over every development set.

    .venv/bin/python benchmarks/near_threshold.py                 # every development set
    .venv/bin/python benchmarks/near_threshold.py dev22_chat.yaml # some of them

Each question of dev_sets.EVERY_SET is answered along the whole path (`decide`), each set on
the base it was written for. Only replies no rule's verdict decides (Verdict.NONE) are counted:
there the evidence model's probability alone says answer (at ANSWER_THRESHOLD) or not. Groups:
- right first, turned down: answerable, declined or partial, the top-ranked fact answers it;
- right first, answered: the same, answered (for scale);
- wrong first, answerable: the top-ranked fact does not answer it;
- unanswerable: on topic but no fact answers it; off topic: out of scope.
The histogram is of the reply's evidence probability (`MatchResult.evidence_confidence`).
Development sets only: the held-out sets are never read.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from dev_sets import EVERY_SET, Labelled, labelled

from sendbot.answering.answer import decide
from sendbot.answering.confidence import ANSWER_THRESHOLD, Verdict
from sendbot.answering.ranking import rank

BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.65, ANSWER_THRESHOLD, 0.8, 0.9)
GROUPS = (
    "right first, turned down",
    "right first, answered",
    "wrong first, answerable",
    "unanswerable",
    "off topic",
)


def group_of(item: Labelled) -> tuple[str, float] | None:
    """The question's group and evidence probability; None when a rule's verdict decides it
    or no fact is weighed (greeting, help, no candidate)."""
    result = decide(item.index, item.question).result
    if result.verdict is not Verdict.NONE or result.best is None:
        return None
    p = result.evidence_confidence
    if not item.answerable:
        return ("off topic" if item.off_topic else "unanswerable"), p
    ranking = rank(item.index, item.question)
    top = ranking.candidates[0] if ranking.candidates else None
    if top is None or not item.answers(item.index.facts[top.position]):
        return "wrong first, answerable", p
    return ("right first, answered" if result.answered else "right first, turned down"), p


def bin_of(p: float) -> int:
    return max(at for at, low in enumerate(BINS) if p >= low)


def table(counts: dict[str, Counter[int]]) -> list[str]:
    edges = [f"{low:.2f}+" for low in BINS]
    lines = [f"{'group':<26}{'n':>6}" + "".join(f"{edge:>7}" for edge in edges)]
    for group in GROUPS:
        row = counts[group]
        cells = "".join(f"{row[at]:>7}" for at in range(len(BINS)))
        lines.append(f"{group:<26}{sum(row.values()):>6}" + cells)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="development set file names (default: all)")
    args = parser.parse_args()
    names = args.sets or list(EVERY_SET)
    by_base: dict[str, dict[str, Counter[int]]] = {
        base: defaultdict(Counter) for base in ("one-source", "many-source")
    }
    for item in labelled({name: EVERY_SET[name] for name in names}):
        found = group_of(item)
        if found is None:
            continue
        # (the base each set was written for, as EVERY_SET declares it: labelled by fact id on
        # the one-source base)
        base = "one-source" if EVERY_SET[item.set_name][1] else "many-source"
        by_base[base][found[0]][bin_of(found[1])] += 1
    print(f"evidence probability of replies with no rule's verdict; threshold {ANSWER_THRESHOLD}")
    for base, counts in by_base.items():
        print(f"\n{base} sets")
        print("\n".join(table(counts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
