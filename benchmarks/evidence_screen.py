"""Would a signal of benchmarks/evidence_rows.py let the evidence model answer more rightly
without answering more wrongly? A row-level screen, three ways.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/evidence_rows.py rows.json
    .venv/bin/python benchmarks/evidence_screen.py rows.json refit rare_margin id_named+phrasings
    .venv/bin/python benchmarks/evidence_screen.py rows.json stack rival_holds
    .venv/bin/python benchmarks/evidence_screen.py rows.json boost

Each question is scored by a model fitted without its set (10 folds grouped by set), and the
threshold is set where the rows answer no more wrong facts than the model in use; the right
facts answered then (one-source and many-source apart) are what a signal is worth.
- refit: a logistic model over the six features in use plus the signals named (a `+` joins
  several in one model);
- stack: the model in use kept, its log-odds one feature beside the signals, fitted only on the
  rows whose probability in use is between --low and --high (only their decisions can move);
- boost: gradient-boosted trees (not a dot product: an upper bound of what the features hold).
Development sets only (the rows come from dev_sets.EVERY_SET).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

from sendbot.answering.calibration import ANSWER_THRESHOLD, BIAS, WEIGHTS

Row = dict[str, Any]
NEW_SIGNALS = (
    "rare_cov",
    "rare_margin",
    "rival_holds",
    "lacked_known",
    "id_named",
    "measure_named",
    "phrasings",
    "runner_cov",
    "known_terms",
    "rarest_lacked",
    "runner_score",
    "top_score",
)


def value(row: Row, name: str) -> float:
    return float(row["values"][name] if name in row["values"] else row[name])


def matrix(rows: list[Row], names: list[str]) -> np.ndarray:
    return np.array([[value(row, name) for name in names] for row in rows])


class Screen:
    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.log_odds = matrix(rows, list(WEIGHTS)) @ np.array(list(WEIGHTS.values())) + BIAS
        self.in_use = 1 / (1 + np.exp(-self.log_odds))
        self.right = np.array([row["right"] for row in rows])
        self.many = np.array([row["many"] for row in rows])
        answered = self.in_use >= ANSWER_THRESHOLD
        self.wrong_now = int((answered & (self.right == 0)).sum())
        groups = [row["set_name"] for row in rows]
        self.folds = list(GroupKFold(10).split(rows, self.right, groups))
        print(f"{len(rows)} rows; in use: {self.counts(answered)}")

    def counts(self, answered: np.ndarray) -> str:
        right, wrong, many = answered & (self.right == 1), answered & (self.right == 0), self.many
        return (
            f"right {right.sum()} wrong {wrong.sum()} (one-source {(right & ~many).sum()}/"
            f"{(wrong & ~many).sum()}, many-source {(right & many).sum()}/{(wrong & many).sum()})"
        )

    def at_wrong_now(self, label: str, probability: np.ndarray, fixed: np.ndarray | None) -> None:
        """Right facts answered at the first threshold giving no more wrong than in use;
        rows outside `fixed`'s False keep the decision in use."""
        movable = np.ones(len(self.rows), bool) if fixed is None else fixed
        in_use = self.in_use >= ANSWER_THRESHOLD
        for threshold in np.sort(np.unique(probability[movable])):
            answered = np.where(movable, probability >= threshold, in_use)
            if int((answered & (self.right == 0)).sum()) <= self.wrong_now:
                print(f"{label:<44} {self.counts(answered)} t={threshold:.3f}", flush=True)
                return

    def refit(self, extra: list[str]) -> None:
        values = matrix(self.rows, [*WEIGHTS, *extra])
        probability = np.zeros(len(self.rows))
        for fit_on, check_on in self.folds:
            model = LogisticRegression(C=1.0, max_iter=5000)
            model.fit(values[fit_on], self.right[fit_on])
            probability[check_on] = model.predict_proba(values[check_on])[:, 1]
        self.at_wrong_now(f"refit + {'+'.join(extra) or 'nothing'}", probability, None)

    def stack(self, extra: list[str], low: float, high: float) -> None:
        values = np.column_stack([self.log_odds, matrix(self.rows, extra)])
        band = (self.in_use >= low) & (self.in_use < high)
        probability = self.in_use.copy()
        for fit_on, check_on in self.folds:
            fit_band, check_band = fit_on[band[fit_on]], check_on[band[check_on]]
            model = LogisticRegression(C=1.0, max_iter=5000)
            model.fit(values[fit_band], self.right[fit_band])
            probability[check_band] = model.predict_proba(values[check_band])[:, 1]
        self.at_wrong_now(f"stack + {'+'.join(extra) or 'nothing'}", probability, band)

    def boost(self, label: str, names: list[str]) -> None:
        values = matrix(self.rows, names)
        probability = np.zeros(len(self.rows))
        for fit_on, check_on in self.folds:
            model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
            model.fit(values[fit_on], self.right[fit_on])
            probability[check_on] = model.predict_proba(values[check_on])[:, 1]
        self.at_wrong_now(f"boost: {label}", probability, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="benchmarks/evidence_rows.py's output")
    parser.add_argument("how", choices=("refit", "stack", "boost"))
    parser.add_argument("signals", nargs="*", help="signals, or several joined by +")
    parser.add_argument("--low", type=float, default=0.3)
    parser.add_argument("--high", type=float, default=0.95)
    args = parser.parse_args()
    screen = Screen(json.loads(args.rows.read_text()))
    if args.how == "boost":
        every = list(screen.rows[0]["values"])
        screen.boost("the six in use", list(WEIGHTS))
        screen.boost("confidence.features (12)", every)
        screen.boost("the 12 and the new signals", [*every, *NEW_SIGNALS])
        return
    for spec in ["", *args.signals]:
        extra = [name for name in spec.split("+") if name]
        if args.how == "refit":
            screen.refit(extra)
        else:
            screen.stack(extra, args.low, args.high)


if __name__ == "__main__":
    main()
