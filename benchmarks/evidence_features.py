"""Would another feature, or a refit on every set, let the evidence model answer more questions
rightly without answering more wrongly?

    .venv/bin/pip install -e '.[fit]'     # scikit-learn: development only, never at run time
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/first_ranked_misses.py --dump rows.json
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/evidence_features.py rows.json

The rows are the questions the evidence model alone decides (no rule's verdict, the top fact
not lacking what was asked), each with its top fact's features and whether that fact answers.
Each candidate model (the model's features, plus one or more the gates lack) is fitted with
cross-validation grouped by set (10 folds: a set's questions are never both fitted and checked)
and its threshold set where it answers no more questions wrongly than the model in use does;
it is worth trying along the whole answering path only if it then answers more rightly.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

from sendbot.answering.calibration import ANSWER_THRESHOLD

IN_USE = ["coverage", "f1", "recall", "similarity", "margin", "matched_mass"]
# Extra features, by name: each computed from a row.
EXTRA = {
    "log_words": lambda row: math.log(row["words"]),  # the question's length
    "short": lambda row: float(row["words"] <= 6),
    "words_capped": lambda row: min(row["words"], 30) / 30,
    "intent_fits": lambda row: row["values"]["intent_fits"],
    "unknown_share": lambda row: row["values"]["unknown_share"],
    "unknown_mass": lambda row: row["values"]["unknown_mass"],
    "precision": lambda row: row["values"]["precision"],
    "phrase_mass": lambda row: row["values"]["phrase_mass"],
    "margin_capped": lambda row: min(row["values"]["margin"], 0.2),
}
CANDIDATES = [
    [],
    ["log_words"],
    ["short"],
    ["words_capped"],
    ["intent_fits"],
    ["unknown_share", "unknown_mass"],
    ["precision", "phrase_mass"],
    ["margin_capped"],
    ["log_words", "intent_fits", "unknown_share", "precision"],
]


def _matrix(rows: list[dict[str, object]], extra: list[str]) -> np.ndarray:
    return np.array(
        [
            [row["values"][name] for name in IN_USE] + [EXTRA[name](row) for name in extra]
            for row in rows
        ]  # type: ignore[index]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=Path, help="first_ranked_misses.py --dump")
    args = parser.parse_args()
    every = json.loads(args.rows.read_text())
    rows = [
        row
        for row in every
        if not row["missing"]
        and row["verdict"] == "none"
        and row["gate"] in ("answered", "confidence")
    ]
    right = np.array([int(row["answerable"] and row["top_right"]) for row in rows])
    groups = [row["set_name"] for row in rows]
    in_use = np.array([row["probability"] >= ANSWER_THRESHOLD for row in rows])
    wrong_now = int((in_use & (right == 0)).sum())
    print(
        f"{len(rows)} questions the evidence model alone decides; the model in use answers "
        f"{int((in_use & (right == 1)).sum())} rightly, {wrong_now} wrongly"
    )
    for extra in CANDIDATES:
        values = _matrix(rows, extra)
        probability = np.zeros(len(rows))
        for fit_on, check_on in GroupKFold(10).split(values, right, groups):
            model = LogisticRegression(C=1.0, max_iter=3000).fit(values[fit_on], right[fit_on])
            probability[check_on] = model.predict_proba(values[check_on])[:, 1]
        for threshold in np.sort(np.unique(probability)):
            answered = probability >= threshold
            wrong = int((answered & (right == 0)).sum())
            if wrong <= wrong_now:
                gained = int((answered & (right == 1)).sum())
                print(
                    f"  refit + {extra or 'nothing'}: {gained} right, {wrong} wrong "
                    f"(threshold {threshold:.3f})"
                )
                break


if __name__ == "__main__":
    main()
