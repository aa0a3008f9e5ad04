"""Does `score` mean what it says? A reliability table and the invariant, on the development sets.

    .venv/bin/python benchmarks/calibration_check.py

Every labelled development question (dev_sets.py) is answered as `sendbot ask` answers it. For each
reply, `score` is the probability that the fact it is about (the answer, the related fact, the
closest one when declined) answers the question; the table puts the replies in buckets by score
and gives the share whose fact does answer. A calibrated score has about its own value there.
It then counts the replies that break the invariant: `answered` exactly when the score is at
or above ANSWER_THRESHOLD (partial and declined replies below it). That count must be 0.

Two tables: the sets the confidence model was fitted on (train, questions, dev_chat,
dev_multisource: in-sample, said plainly), and the dev3 and dev4 sets it never saw. The held-out
sets are never read here.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dev_sets import FITTED, NOT_FITTED, labelled

from sendbot.answering.answer import decide
from sendbot.answering.confidence import ANSWER_THRESHOLD
from sendbot.answering.reply import build_reply

BUCKETS = 10


@dataclass(frozen=True, slots=True)
class Scored:
    set_name: str
    question: str
    outcome: str
    score: float
    right: bool  # the fact the score is about answers the question

    @property
    def breaks_invariant(self) -> bool:
        return (self.outcome == "answered") != (self.score >= ANSWER_THRESHOLD)


def scored(sets: dict[str, tuple[Path, bool]]) -> list[Scored]:
    replies: list[Scored] = []
    for item in labelled(sets):
        result = decide(item.index, item.question).result
        reply = build_reply(result, item.index.kb)
        if reply.score is None:
            continue  # a greeting or help line: no fact weighed
        fact = result.best.fact if result.best else None
        replies.append(
            Scored(
                item.set_name,
                item.question,
                reply.outcome.value,
                reply.score,
                item.answers(fact),
            )
        )
    return replies


def bucket_of(score: float) -> int:
    return min(int(score * BUCKETS), BUCKETS - 1)


def table(replies: list[Scored]) -> list[str]:
    lines = [
        "score       replies  mean score  fact answers  answered  answered and right",
    ]
    for bucket in range(BUCKETS):
        inside = [reply for reply in replies if bucket_of(reply.score) == bucket]
        if not inside:
            continue
        mean = sum(reply.score for reply in inside) / len(inside)
        right = sum(reply.right for reply in inside)
        answered = [reply for reply in inside if reply.outcome == "answered"]
        answered_right = sum(reply.right for reply in answered)
        low, high = bucket / BUCKETS, (bucket + 1) / BUCKETS
        lines.append(
            f"{low:.1f}-{high:.1f}  {len(inside):>8}  {mean:>10.3f}  "
            f"{right:>5} ({right / len(inside):>5.1%})  {len(answered):>8}  "
            + (f"{answered_right:>5} ({answered_right / len(answered):.1%})" if answered else "")
        )
    brier = sum((reply.score - reply.right) ** 2 for reply in replies) / len(replies)
    # Expected calibration error: the buckets' |mean score - share right|, weighted by size.
    gap = 0.0
    for bucket in range(BUCKETS):
        inside = [reply for reply in replies if bucket_of(reply.score) == bucket]
        if inside:
            mean = sum(reply.score for reply in inside) / len(inside)
            gap += abs(mean - sum(reply.right for reply in inside) / len(inside)) * len(inside)
    gap /= len(replies)
    lines.append(f"Brier score {brier:.4f}; expected calibration error {gap:.4f}")
    return lines


def report(title: str, replies: list[Scored]) -> list[Scored]:
    """Prints the table for `replies`; returns the ones that break the invariant."""
    sets = Counter(reply.set_name for reply in replies)
    print(f"{title}: {len(replies)} replies with a score")
    print("  " + ", ".join(f"{name} {count}" for name, count in sets.items()))
    outcomes = Counter(reply.outcome for reply in replies)
    print("outcomes: " + ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items())))
    for line in table(replies):
        print(line)
    broken = [reply for reply in replies if reply.breaks_invariant]
    print(f"replies breaking `answered` <=> score >= {ANSWER_THRESHOLD:.2f}: {len(broken)}\n")
    return broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the replies that break it")
    args = parser.parse_args()
    print(f"threshold {ANSWER_THRESHOLD:.2f}\n")
    broken = report("sets the confidence model was fitted on", scored(FITTED))
    broken += report("development sets kept out of the fit", scored(NOT_FITTED))
    if args.list:
        for reply in broken:
            print(f"  [{reply.set_name}] {reply.question!r}: {reply.outcome} at {reply.score}")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
