"""Fit the confidence model on labelled questions and write src/sendbot/answering/calibration.py.

    .venv/bin/pip install -e '.[fit]'     # scikit-learn: development only, never at run time
    .venv/bin/python benchmarks/fit_confidence.py tests/eval/train.yaml tests/eval/questions.yaml

Each question's top-ranked candidate is one example: positive when it is the right fact,
negative when the question is out of scope or the top fact is the wrong one. Questions whose
top fact cannot give what was asked (a partial reply) are left out: a rule decides those.
scikit-learn's LogisticRegressionCV (L2, regularisation strength chosen by 5-fold
cross-validation) weighs the evidence. Every feature has a direction that makes sense (more
words in common can only make an answer likelier); a feature the fit gives the other sign is
dropped and the model refitted, so the weights can be read. The threshold is the one with the
lowest cost on the training questions, where presenting a wrong fact costs WRONG_ANSWER_COST
times as much as declining an answerable question. At run time the model is a dot product.
"""

from __future__ import annotations

import argparse
import math
import warnings
from pathlib import Path

import yaml
from sklearn.linear_model import LogisticRegressionCV  # type: ignore[import-untyped]

from sendbot.answering.confidence import features
from sendbot.answering.evaluate import labelled_questions
from sendbot.answering.match import build_index, margin_of, rank
from sendbot.storage.loader import load_knowledge

REPO = Path(__file__).resolve().parent.parent
SINGLE_SOURCE_KB = REPO / "tests" / "data" / "single-source-kb"
TARGET = REPO / "src" / "sendbot" / "answering" / "calibration.py"
WRONG_ANSWER_COST = 2.0
# The sign each feature's weight must have for the model to make sense.
EXPECTED_SIGN = {
    "coverage": 1,
    "f1": 1,
    "recall": 1,
    "similarity": 1,
    "margin": 1,
    "matched_mass": 1,
    "intent_fits": 1,
    "intent_misfits": -1,
    "unknown_share": -1,
}

Rows = list[tuple[dict[str, float], int]]


def examples(paths: list[Path], kb: Path) -> Rows:
    index = build_index(load_knowledge(kb))
    rows: Rows = []
    for path in paths:
        for item in labelled_questions(yaml.safe_load(path.read_text(encoding="utf-8"))):
            ranking = rank(index, item.question)
            if not ranking.candidates:
                continue  # greeting, help or no candidate: decided before the model
            top = ranking.candidates[0]
            if top.evidence.missing is not None:
                continue  # partial or declined by rule, whatever the model says
            right = item.fact_id == index.facts[top.position].id
            rows.append((features(top.evidence, margin_of(ranking.candidates)), int(right)))
    return rows


def fit(rows: Rows) -> tuple[float, dict[str, float]]:
    names = list(EXPECTED_SIGN)
    while True:
        model = LogisticRegressionCV(Cs=20, cv=5, scoring="neg_log_loss", max_iter=5000)
        model.fit([[values[name] for name in names] for values, _ in rows], [y for _, y in rows])
        weights = dict(zip(names, (float(w) for w in model.coef_[0]), strict=True))
        # A weight the fit leaves at (about) zero, or of the wrong sign, goes.
        wrong = [name for name in names if weights[name] * EXPECTED_SIGN[name] < 1e-3]
        if not wrong:
            return float(model.intercept_[0]), weights
        # Drop the feature pulling hardest the wrong way, then refit.
        names.remove(max(wrong, key=lambda name: -weights[name] * EXPECTED_SIGN[name]))


def probability(bias: float, weights: dict[str, float], values: dict[str, float]) -> float:
    return 1 / (1 + math.exp(-(bias + sum(weights[name] * values[name] for name in weights))))


def best_threshold(rows: Rows, bias: float, weights: dict[str, float]) -> float:
    scored = [(probability(bias, weights, values), label) for values, label in rows]

    def cost(threshold: float) -> float:
        missed = sum(1 for p, label in scored if label and p < threshold)
        wrong = sum(1 for p, label in scored if not label and p >= threshold)
        return missed + WRONG_ANSWER_COST * wrong

    return min((step / 100 for step in range(5, 96)), key=lambda t: (cost(t), -t))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--kb", type=Path, default=SINGLE_SOURCE_KB)
    args = parser.parse_args()
    warnings.simplefilter("ignore", FutureWarning)  # scikit-learn's notices of new defaults
    rows = examples(args.sets, args.kb)
    bias, weights = fit(rows)
    threshold = best_threshold(rows, bias, weights)
    lines = ",\n".join(f'    "{name}": {value:.4f}' for name, value in weights.items())
    TARGET.write_text(
        '"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""\n\n'
        f"BIAS = {bias:.4f}\nWEIGHTS = {{\n{lines},\n}}\nANSWER_THRESHOLD = {threshold:.2f}\n",
        encoding="utf-8",
    )
    positives = sum(label for _, label in rows)
    print(f"{len(rows)} examples ({positives} positive); threshold {threshold:.2f}")
    print(TARGET.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
