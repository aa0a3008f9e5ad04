"""Fit the confidence model on labelled questions and write src/sendbot/answering/calibration.py.

    .venv/bin/python benchmarks/fit_confidence.py tests/eval/train.yaml tests/eval/questions.yaml

Each question's top-ranked candidate is one example: positive when it is the right fact,
negative when the question is out of scope or the top fact is the wrong one. A logistic
regression (ridge, Newton's method; small data, no extra dependency) weighs the evidence;
the threshold is the one with the lowest cost on the training questions, where presenting a
wrong fact costs WRONG_ANSWER_COST times as much as declining an answerable question.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import yaml
from eval_kb import SINGLE_SOURCE_KB

from sendbot.answering.confidence import features
from sendbot.answering.evaluate import labelled_questions
from sendbot.answering.match import build_index, rank
from sendbot.storage.loader import load_knowledge

WRONG_ANSWER_COST = 2.0
L2 = 1.0
NEWTON_STEPS = 25
TARGET = Path(__file__).resolve().parent.parent / "src" / "sendbot" / "answering" / "calibration.py"


def examples(paths: list[str]) -> list[tuple[dict[str, float], int]]:
    index = build_index(load_knowledge(SINGLE_SOURCE_KB))
    rows = []
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        for item in labelled_questions(data):
            ranked = rank(index, item.question)
            if not isinstance(ranked, tuple) or not ranked[0]:
                continue  # smalltalk, empty or no candidate: declined before the model
            candidates = ranked[0]
            top = candidates[0]
            if top.evidence.veto:
                continue  # declined by rule, whatever the model says
            second = candidates[1].evidence.rank_score if len(candidates) > 1 else 0.0
            right = item.fact_id == index.facts[top.position].id
            rows.append((features(top.evidence, top.evidence.rank_score - second), int(right)))
    return rows


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting; the systems here are about 13 x 13."""
    size = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda row: abs(rows[row][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for row in range(size):
            if row != column and rows[column][column]:
                factor = rows[row][column] / rows[column][column]
                rows[row] = [a - factor * b for a, b in zip(rows[row], rows[column], strict=True)]
    return [rows[index][size] / rows[index][index] for index in range(size)]


def fit(rows: list[tuple[dict[str, float], int]]) -> tuple[float, dict[str, float]]:
    """Ridge-regularised logistic regression by Newton's method (IRLS)."""
    names = list(rows[0][0])
    data = [[1.0, *(values[name] for name in names)] for values, _ in rows]
    labels = [label for _, label in rows]
    size = len(names) + 1
    beta = [0.0] * size
    for _ in range(NEWTON_STEPS):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for x, label in zip(data, labels, strict=True):
            p = 1 / (1 + math.exp(-sum(b * v for b, v in zip(beta, x, strict=True))))
            for i in range(size):
                gradient[i] += (label - p) * x[i]
                for j in range(size):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, size):  # the bias is not penalised
            gradient[i] -= L2 * beta[i]
            hessian[i][i] += L2
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
    return beta[0], dict(zip(names, beta[1:], strict=True))


def probability(bias: float, weights: dict[str, float], values: dict[str, float]) -> float:
    return 1 / (1 + math.exp(-(bias + sum(weights[name] * values[name] for name in weights))))


def best_threshold(
    rows: list[tuple[dict[str, float], int]], bias: float, weights: dict[str, float]
) -> float:
    scored = [(probability(bias, weights, values), label) for values, label in rows]

    def cost(threshold: float) -> float:
        missed = sum(1 for p, label in scored if label and p < threshold)
        wrong = sum(1 for p, label in scored if not label and p >= threshold)
        return missed + WRONG_ANSWER_COST * wrong

    return min((step / 100 for step in range(5, 96)), key=lambda t: (cost(t), -t))


def main() -> int:
    rows = examples(sys.argv[1:])
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
