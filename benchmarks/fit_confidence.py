"""Fit the confidence model on labelled questions and write src/sendbot/answering/calibration.py.

    .venv/bin/pip install -e '.[fit]'     # scikit-learn: development only, never at run time
    .venv/bin/python benchmarks/fit_confidence.py          # the rules' verdicts only
    .venv/bin/python benchmarks/fit_confidence.py --refit-evidence \
        tests/eval/train.yaml tests/eval/questions.yaml    # the evidence model too
    .venv/bin/python benchmarks/fit_confidence.py --refit-evidence --every-set

The model has two parts (src/sendbot/answering/confidence.py says how they are used).

1. The evidence model. Each question's top-ranked candidate is one example: positive when it
answers the question, negative when the question is out of scope or the top fact is the wrong
one. Each set is read on the base it was written for (dev_sets.EVERY_SET: the chat sets on the
one-source base, the multi-source sets on the shipped one), so any development set can be
given, or all of them (--every-set). Only the questions the evidence model alone decides are
examples: not those whose top fact cannot give what was asked, nor those a rule decides as
the model in use answers them (the newest figure or the part of the written answer a rule
picks, a topic ruled out): a rule's verdict is the second part, and a "latest" question whose
top fact is an older figure the newest-figure rule replaces would teach the model that good
evidence is wrong. scikit-learn's LogisticRegressionCV (L2, regularisation strength chosen by
cross-validation grouped by set: a set's questions are never in both the fitting and the
checking fold, as a set's questions share their phrasings) weighs the evidence. Every feature
has a direction that makes sense (more words in common can only make an answer likelier); a
feature the fit gives the other sign is dropped and the model refitted, so the weights can be
read. The threshold is the one with the
lowest cost on the training questions, where presenting a wrong fact costs WRONG_ANSWER_COST
times as much as declining an answerable question. Refitted only with --refit-evidence: that
moves which questions are answered, so record benchmarks/equivalence.py before and compare, and
check it set by set first (`benchmarks/fit_ranking.py --evidence-only`: each development set
answered by a model fitted on the others). benchmarks/results/r14-refit-evidence.txt has the
latest such check (42 sets; r9-refit-evidence.txt the one before): a refit on every set was
not adopted.

2. One model per rule verdict (a fact lacks the detail asked; the newest-figure rule chose
it): the probability that the fact answers, logistic in the evidence model's probability p,
fitted with LogisticRegressionCV on every labelled development question (dev_sets.py) whose
reply carries that verdict. The newest-figure rule's proposals are all collected, including
ones the current model would turn down. A verdict that has never been wrong (or right) would
get an unbounded weight, so the targets are Platt's: (positives + 1) / (positives + 2) for a
right fact and 1 / (negatives + 2) for a wrong one, which also says how little ten examples
prove. The weight on p must not be negative (better evidence cannot make a fact less likely),
and a verdict that the fact lacks the detail must keep the probability below ANSWER_THRESHOLD
for every p in [0, 1]: the fit refuses to write a model that breaks either.
At run time each part is a dot product.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from dev_sets import EVERY_SET, labelled
from paths import REPO
from sklearn.linear_model import LogisticRegressionCV  # type: ignore[import-untyped]
from sklearn.model_selection import GroupKFold, StratifiedKFold  # type: ignore[import-untyped]

from sendbot.answering import calibration
from sendbot.answering.answer import decide
from sendbot.answering.confidence import Verdict, features
from sendbot.answering.match import margin_of
from sendbot.answering.ranking import rank

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


class Example(NamedTuple):
    values: dict[str, float]  # the top fact's features
    right: int  # 1 when it answers the question
    set_name: str  # cross-validation keeps a set's questions together


Rows = list[Example]


def examples(paths: list[Path]) -> Rows:
    """The questions of these development sets that the evidence model alone decides."""
    unknown = [path.name for path in paths if path.name not in EVERY_SET]
    if unknown:
        raise SystemExit(f"{unknown[0]} is not a development set (dev_sets.EVERY_SET)")
    rows: Rows = []
    for item in labelled({path.name: EVERY_SET[path.name] for path in paths}):
        ranking = rank(item.index, item.question)
        if not ranking.candidates:
            continue  # greeting, help or no candidate: decided before the model
        top = ranking.candidates[0]
        if top.evidence.missing is not None:
            continue  # partial or declined by rule, whatever the model says
        if decide(item.index, item.question).result.verdict is not Verdict.NONE:
            continue  # a rule's verdict decides it: the second part
        fact = item.index.facts[top.position]
        values = features(top.evidence, margin_of(ranking.candidates, item.index.facts))
        rows.append(Example(values, int(item.answers(fact)), item.set_name))
    return rows


def _folds(rows: Rows) -> object:
    """Cross-validation folds that keep each set's questions together (5 folds, or one per set
    when there are fewer sets); stratified 5-fold within a single set."""
    groups = [row.set_name for row in rows]
    sets = len(set(groups))
    if sets < 2:
        return 5
    labels = [row.right for row in rows]
    return list(GroupKFold(n_splits=min(5, sets)).split(groups, labels, groups))


def fit(rows: Rows, solver: str = "lbfgs") -> tuple[float, dict[str, float]]:
    """`solver`: scikit-learn's; "newton-cholesky" converges in a tenth of lbfgs's time."""
    names = list(EXPECTED_SIGN)
    folds = _folds(rows)
    while True:
        model = LogisticRegressionCV(
            Cs=20, cv=folds, scoring="neg_log_loss", max_iter=5000, solver=solver
        )
        model.fit([[row.values[name] for name in names] for row in rows], [r.right for r in rows])
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
    scored = [(probability(bias, weights, row.values), row.right) for row in rows]

    def cost(threshold: float) -> float:
        missed = sum(1 for p, label in scored if label and p < threshold)
        wrong = sum(1 for p, label in scored if not label and p >= threshold)
        return missed + WRONG_ANSWER_COST * wrong

    return min((step / 100 for step in range(5, 96)), key=lambda t: (cost(t), -t))


# Rule verdicts with a model of their own, and whether the verdict says the fact lacks what
# was asked (then no probability may reach the answering threshold).
VERDICTS = {
    Verdict.LACKS_DETAIL: True,
    Verdict.NEWEST_FIGURE: False,
    Verdict.SPELT_OUT: False,
    Verdict.NEWEST_ON_TOPIC: False,
    Verdict.NAMED_ANSWER: False,
    Verdict.ANSWER_PART: False,
    Verdict.PERIOD_FACT: False,
    Verdict.SIBLING_GIVES_IT: False,
    Verdict.PURPOSE_UNRIVALLED: False,
    Verdict.ROUTE_STATED: False,
    Verdict.THRESHOLD_GIVEN: False,
    Verdict.COVER_NAMED: False,
    Verdict.TOPIC_ONLY: False,
    Verdict.PLACE_RISE: False,
}
ACCEPT_ALL = (50.0, 0.0)  # while collecting: every proposal of a rule is taken
VerdictRows = dict[Verdict, list[tuple[float, int]]]


@contextmanager
def every_proposal_taken() -> Iterator[None]:
    """The newest-figure rule answers only when its verdict's probability is high enough; to
    fit that probability, every answer it proposes must be seen."""
    saved = dict(calibration.VERDICTS)
    calibration.VERDICTS.update({verdict.value: ACCEPT_ALL for verdict in VERDICTS})
    try:
        yield
    finally:
        calibration.VERDICTS.update(saved)


def verdict_examples() -> VerdictRows:
    """(the evidence model's probability, right or not) of each reply with a rule's verdict."""
    rows: VerdictRows = {verdict: [] for verdict in VERDICTS}
    with every_proposal_taken():
        for item in labelled():
            reply = decide(item.index, item.question).result
            if reply.verdict in rows:
                fact = reply.best.fact if reply.best else None
                rows[reply.verdict].append((reply.evidence_confidence, int(item.answers(fact))))
    return rows


def fit_verdict(rows: list[tuple[float, int]]) -> tuple[float, float]:
    """(bias, weight on p), fitted to Platt's targets: each example is counted as right with
    weight t and as wrong with weight 1 - t, both in the same cross-validation fold."""
    positives = sum(label for _, label in rows)
    negatives = len(rows) - positives
    targets = [(positives + 1) / (positives + 2), 1 / (negatives + 2)]
    x, y, weight = [], [], []
    for p, label in rows:
        target = targets[0] if label else targets[1]
        x += [[p], [p]]
        y += [1, 0]
        weight += [target, 1 - target]
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    # Each example's two rows stay together: split the examples, then take both rows.
    labels = [label for _, label in rows] if min(positives, negatives) >= 5 else [0] * len(rows)
    cv = [
        ([2 * i + k for i in train for k in (0, 1)], [2 * i + k for i in test for k in (0, 1)])
        for train, test in folds.split([[p] for p, _ in rows], labels)
    ]
    model = LogisticRegressionCV(Cs=20, cv=cv, scoring="neg_log_loss", max_iter=5000)
    model.fit(x, y, sample_weight=weight)
    bias, slope = float(model.intercept_[0]), float(model.coef_[0][0])
    if slope < 0:
        # Better evidence cannot make a fact less likely: the verdict alone, then.
        bias, slope = math.log(sum(weight[0::2]) / sum(weight[1::2])), 0.0
    return bias, slope


# A verdict seen fewer times than this is fitted with every verdict that picks an answer.
FEWEST_OWN_EXAMPLES = 5


def fit_verdicts(threshold: float) -> dict[Verdict, tuple[float, float]]:
    fitted: dict[Verdict, tuple[float, float]] = {}
    examples = verdict_examples()
    picking = [row for verdict, rows in examples.items() if not VERDICTS[verdict] for row in rows]
    for verdict, rows in examples.items():
        if len(rows) < FEWEST_OWN_EXAMPLES and not VERDICTS[verdict]:
            print(f"{verdict.value}: {len(rows)} replies: fitted with every rule that picks one")
            rows = picking
        bias, slope = fit_verdict(rows)
        highest = 1 / (1 + math.exp(-(bias + max(0.0, slope))))
        right = sum(label for _, label in rows)
        print(
            f"{verdict.value}: {len(rows)} replies, {right} right; probability "
            f"{1 / (1 + math.exp(-bias)):.3f} at p = 0 to {highest:.3f} at p = 1"
        )
        if VERDICTS[verdict] and highest >= threshold:
            raise SystemExit(
                f"{verdict.value} could reach the threshold {threshold:.2f}: not written"
            )
        fitted[verdict] = (bias, slope)
    return fitted


def write(
    bias: float,
    weights: dict[str, float],
    threshold: float,
    verdicts: dict[Verdict, tuple[float, float]],
) -> None:
    lines = ",\n".join(f'    "{name}": {value:.4f}' for name, value in weights.items())
    verdict_lines = ",\n".join(
        f'    "{verdict.value}": ({v_bias:.4f}, {slope:.4f})'
        for verdict, (v_bias, slope) in verdicts.items()
    )
    TARGET.write_text(
        '"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""\n\n'
        f"BIAS = {bias:.4f}\nWEIGHTS = {{\n{lines},\n}}\nANSWER_THRESHOLD = {threshold:.2f}\n"
        "# Per rule verdict: (bias, weight on the evidence model's probability).\n"
        f"VERDICTS = {{\n{verdict_lines},\n}}\n",
        encoding="utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="training sets for --refit-evidence")
    parser.add_argument(
        "--refit-evidence",
        action="store_true",
        help="refit the evidence model on SETS too (changes which questions are answered)",
    )
    parser.add_argument(
        "--every-set", action="store_true", help="with --refit-evidence: every development set"
    )
    args = parser.parse_args()
    sets = [Path(name) for name in EVERY_SET] if args.every_set else args.sets
    if args.refit_evidence and not sets:
        parser.error("--refit-evidence needs the training sets (or --every-set)")
    warnings.simplefilter("ignore", FutureWarning)  # scikit-learn's notices of new defaults
    warnings.simplefilter("ignore", UserWarning)
    if args.refit_evidence:
        rows = examples(sets)
        bias, weights = fit(rows)
        threshold = best_threshold(rows, bias, weights)
        current = {Verdict(name): value for name, value in calibration.VERDICTS.items()}
        write(bias, weights, threshold, current)
        positives = sum(row.right for row in rows)
        print(f"{len(rows)} examples ({positives} positive); threshold {threshold:.2f}")
        # The verdicts are fitted on the new evidence model's probabilities: a fresh process.
        return subprocess.run([sys.executable, __file__], check=False).returncode
    verdicts = fit_verdicts(calibration.ANSWER_THRESHOLD)
    write(calibration.BIAS, dict(calibration.WEIGHTS), calibration.ANSWER_THRESHOLD, verdicts)
    print(TARGET.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
