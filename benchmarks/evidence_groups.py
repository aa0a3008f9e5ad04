"""Why is the confidence low when the right fact ranks first? The evidence model's features,
group by group, and whether any weighting of them could answer more.

    .venv/bin/python benchmarks/evidence_groups.py tests/eval/multisource16.yaml ...
    .venv/bin/python benchmarks/evidence_groups.py --many   # every many-source development set

The questions are the ones the evidence model alone decides (fit_confidence.examples: no
rule's verdict, nothing judged missing). Each falls in one group: the top fact answers and is
answered (right, answered) or declined (right, declined); it does not answer and is answered
(wrong, answered) or declined (wrong, declined). The table gives each feature's mean by group:
a feature that misreads the right-but-declined questions shows as a mean there close to the
wrong-but-declined ones' and far from the right-and-answered ones'.

Then the frontier: a logistic model on the same features, fitted with the sets' questions kept
together (grouped 5-fold, each question scored by a model that never saw its set), and the
right facts it answers at the threshold where it answers no more wrong facts than the model in
use. If that is no more than the model in use answers, no weighting of these features lifts the
right-but-declined questions without wrong facts rising: a new feature is needed, not a refit.
Development sets only (dev_sets.EVERY_SET).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from dev_sets import EVERY_SET
from fit_confidence import EXPECTED_SIGN, Example, examples, probability
from paths import EVAL
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.model_selection import GroupKFold, cross_val_predict  # type: ignore[import-untyped]

from sendbot.answering import calibration

GROUPS = ("right, answered", "right, declined", "wrong, answered", "wrong, declined")


def group_of(example: Example, answered: bool) -> str:
    return f"{'right' if example.right else 'wrong'}, {'answered' if answered else 'declined'}"


def feature_table(rows: list[Example], scores: list[float]) -> list[str]:
    names = list(EXPECTED_SIGN)
    lines = [f"{'group':<16} {'n':>5} " + " ".join(f"{name[:10]:>10}" for name in names)]
    for group in GROUPS:
        members = [
            row
            for row, score in zip(rows, scores, strict=True)
            if group_of(row, score >= calibration.ANSWER_THRESHOLD) == group
        ]
        means = (
            f"{statistics.mean(row.values[name] for row in members):10.3f}" if members else " " * 10
            for name in names
        )
        lines.append(f"{group:<16} {len(members):>5} " + " ".join(means))
    return lines


def frontier(rows: list[Example], scores: list[float], names: list[str]) -> str:
    """The right facts a grouped-cross-validated refit on `names` answers with no more wrong
    facts than the model in use."""
    threshold = calibration.ANSWER_THRESHOLD
    right_now = sum(1 for row, s in zip(rows, scores, strict=True) if row.right and s >= threshold)
    wrong_now = sum(
        1 for row, s in zip(rows, scores, strict=True) if not row.right and s >= threshold
    )
    sets = {row.set_name for row in rows}
    refit = cross_val_predict(
        LogisticRegression(max_iter=5000),
        [[row.values[name] for name in names] for row in rows],
        [row.right for row in rows],
        groups=[row.set_name for row in rows],
        cv=GroupKFold(n_splits=min(5, len(sets))),
        method="predict_proba",
    )[:, 1]
    # The lowest threshold at which the refit answers no more wrong facts than the model in use.
    ordered = sorted(zip(refit, (row.right for row in rows), strict=True), reverse=True)
    right = wrong = best = 0
    for _, is_right in ordered:
        if not is_right and wrong == wrong_now:
            break
        right += is_right
        wrong += not is_right
        best = max(best, right)
    return (
        f"model in use: {right_now} right, {wrong_now} wrong answered; "
        f"refit on {', '.join(names)} (grouped 5-fold): {best} right at <= {wrong_now} wrong"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--many", action="store_true", help="every many-source development set")
    args = parser.parse_args()
    paths = list(args.sets)
    if args.many:
        paths += [EVAL / name for name in EVERY_SET if "multisource" in name]
    if not paths:
        parser.error("give development sets, or --many")
    rows = examples(paths)
    scores = [probability(calibration.BIAS, calibration.WEIGHTS, row.values) for row in rows]
    print("\n".join(feature_table(rows, scores)))
    # The features the model in use weighs, then every feature (those the fit dropped too).
    print(frontier(rows, scores, list(calibration.WEIGHTS)))
    print(frontier(rows, scores, list(EXPECTED_SIGN)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
