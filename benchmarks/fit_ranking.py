"""Can the ranking of candidate facts, or the evidence model, be learned from every development
set? Fits both and checks each set by set, leaving that set out.

    .venv/bin/pip install -e '.[fit]'        # scikit-learn: development only, never at run time
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/fit_ranking.py            # the check (~20 min)
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/fit_ranking.py --weights  # fitted on every set
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/fit_ranking.py --evidence-only  # (a) and (c)

Data: every labelled question of every development set (dev_sets.EVERY_SET: 42 sets, each on
the base it was written for; the held-out sets are never read) and its candidate facts as the
matcher finds them, each with its ranking signals (RANK_FEATURES, from its Evidence) and
whether it answers the question. Which facts are candidates does not depend on the ranking
weights (the shortlist is by coverage), so the rows are built once.

1. The ranking. For each answerable question whose first TOP_N candidates hold both a fact
that answers it and one that does not, every (right, wrong) pair is an example: the difference
of their signals should score above zero. scikit-learn's LogisticRegression without intercept
weighs the signals, each question counting once however many pairs it has. Every weight must
have the sign that makes sense (more words in common never ranks a fact lower): a weight
fitted with the other sign is dropped and the model refitted. The weights are scaled so that
a fact matching every word of the question scores 1, as Evidence.rank_score does, so the
thresholds on a rank score keep their meaning. It would still be a dot product at run time.

2. The evidence model (fit_confidence.py's `fit` and `best_threshold`, threshold included) on
the top candidate of every question of the other sets, under the ranking in use (with the
ranking in use, only the questions no rule's verdict decides, each with the top fact and the
margin the matcher gives it: the rows fit_confidence.py --refit-evidence fits; its
cross-validation keeps each set's questions together).

The check: for each development set, both are fitted on the other sets and that set is
answered along the whole answering path (rules included), by patching the weights in this
process only. It prints, per set, right answers, wrong facts presented as answers, and
unanswerable questions handled (declined or partial; off topic: declined), for (a) the
ranking and evidence model in the repository, (b) the fitted ranking with the evidence model
in the repository, (c) the fitted evidence model with the ranking in the repository, (d) both
fitted. A learned model is worth adopting only when its column beats (a) on most sets and no
set gets more wrong facts. benchmarks/results/fit-ranking-loso.txt has the table at the time
it was written: neither was adopted (the learned ranking orders the candidates better on their
own, but the rules that follow the ranking read its scores, and the answers did not improve;
the evidence model fitted on every set gives fewer wrong facts and fewer right answers);
benchmarks/results/r14-refit-evidence.txt has the evidence model's check on 42 sets (not
adopted either: a few more right answers for many more wrong facts).
Deterministic: lbfgs and newton-cholesky, cross-validation folds without shuffling.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from dev_sets import EVERY_SET, Labelled, labelled
from fit_confidence import Example, Rows, best_threshold
from fit_confidence import fit as fit_evidence
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from sendbot.answering import calibration, confidence, evidence
from sendbot.answering.answer import decide
from sendbot.answering.confidence import features
from sendbot.answering.evidence import Evidence
from sendbot.answering.match import _figures_given
from sendbot.answering.ranking import rank

TOP_N = 10
# The sign each ranking weight must have; 0: either (none yet).
RANK_SIGN = {
    "coverage": 1,
    "topic_coverage": 1,
    "f1": 1,
    "precision": 1,
    "recall": 1,
    "similarity": 1,
    "intent_fits": 1,
    "intent_misfits": -1,
    "number_mismatch": -1,
    "missing": -1,
}
# The signals a rank score can weigh, from a candidate's evidence.
RANK_FEATURES = tuple(RANK_SIGN)
# Evidence.rank_score today, as weights on RANK_FEATURES (checked against it: `hand_ranking`).
HAND_RANKING = {
    "coverage": evidence.WEIGHT_COVERAGE,
    "topic_coverage": 0.0,
    "f1": evidence.WEIGHT_PHRASING,
    "precision": 0.0,
    "recall": 0.0,
    "similarity": evidence.WEIGHT_SIMILARITY,
    "intent_fits": evidence.INTENT_BONUS,
    "intent_misfits": -evidence.INTENT_PENALTY,
    "number_mismatch": -evidence.NUMBER_MISMATCH_PENALTY,
    "missing": -evidence.MISSING_PENALTY,
}
# Features scaled so that a candidate with all of them at 1 (and no other signal) scores 1.
MATCH_FEATURES = ("coverage", "topic_coverage", "f1", "precision", "recall", "similarity")


def rank_features(signals: Evidence) -> tuple[float, ...]:
    """A candidate's RANK_FEATURES."""
    topic_share = 1.0 - signals.constraint_share
    on_topic = signals.coverage / topic_share if topic_share > 0 else signals.coverage
    return (
        signals.coverage,
        min(1.0, on_topic),
        signals.f1,
        signals.precision,
        signals.recall,
        signals.similarity,
        float(signals.intent_fit == 1),
        float(signals.intent_fit == -1),
        float(signals.number_mismatch),
        float(signals.missing is not None),
    )


def rank_score(weights: dict[str, float], features: tuple[float, ...]) -> float:
    """As Evidence.rank_score: the closeness capped at 1 before a fact that cannot give what
    was asked loses the weight of `missing`, in [0, 1]."""
    *values, missing = features
    close = sum(weights[n] * x for n, x in zip(RANK_FEATURES, values, strict=False))
    return max(0.0, min(1.0, close) + weights["missing"] * missing)


@dataclass(frozen=True, slots=True)
class Candidate:
    rank_features: tuple[float, ...]
    evidence: evidence.Evidence
    figures: frozenset[object]  # what it gives: two facts giving the same are not rivals
    right: bool


@dataclass(frozen=True, slots=True)
class Question:
    item: Labelled
    candidates: tuple[Candidate, ...]  # in the matcher's order
    model_decides: bool  # no rule's verdict decides its reply, as answered now


def questions(items: Iterable[Labelled]) -> list[Question]:
    """Each question with its candidates (which facts are candidates does not depend on the
    ranking weights: the shortlist is by coverage)."""
    found = []
    for item in items:
        ranking = rank(item.index, item.question)
        candidates = tuple(
            Candidate(
                rank_features(c.evidence),
                c.evidence,
                _figures_given(item.index.facts[c.position]),
                item.answers(item.index.facts[c.position]),
            )
            for c in ranking.candidates
        )
        verdict = decide(item.index, item.question).result.verdict
        found.append(Question(item, candidates, verdict is confidence.Verdict.NONE))
    return found


def _pairs(found: Sequence[Question], columns: list[int]) -> tuple[np.ndarray, ...]:
    x, y, weight = [], [], []
    for question in found:
        if not question.item.answerable:
            continue
        top = question.candidates[:TOP_N]
        right = [np.array(c.rank_features)[columns] for c in top if c.right]
        wrong = [np.array(c.rank_features)[columns] for c in top if not c.right]
        count = len(right) * len(wrong)
        for good in right:
            for bad in wrong:
                x += [good - bad, bad - good]
                y += [1, 0]
                weight += [1 / count, 1 / count]
    return np.array(x), np.array(y), np.array(weight)


def fit_ranking(found: Sequence[Question]) -> dict[str, float]:
    columns = list(range(len(RANK_FEATURES)))
    while True:
        x, y, weight = _pairs(found, columns)
        model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000)
        model.fit(x, y, sample_weight=weight)
        fitted = dict(zip((RANK_FEATURES[c] for c in columns), model.coef_[0], strict=True))
        wrong = [name for name, w in fitted.items() if w * RANK_SIGN[name] < 1e-3]
        if not wrong:
            break
        worst = max(wrong, key=lambda name: -fitted[name] * RANK_SIGN[name])
        columns.remove(RANK_FEATURES.index(worst))
    scale = sum(fitted.get(name, 0.0) for name in MATCH_FEATURES)
    return {name: round(float(fitted.get(name, 0.0)) / scale, 4) for name in RANK_FEATURES}


def _score(weights: dict[str, float], candidate: Candidate) -> float:
    return rank_score(weights, candidate.rank_features)


def hand_ranking(found: Sequence[Question]) -> dict[str, float]:
    """HAND_RANKING, once checked to give every candidate the rank score it has today."""
    for question in found:
        for candidate in question.candidates:
            if abs(_score(HAND_RANKING, candidate) - candidate.evidence.rank_score) > 1e-9:
                raise SystemExit("HAND_RANKING no longer matches Evidence.rank_score: update it")
    return HAND_RANKING


def _in_order(question: Question, weights: dict[str, float]) -> list[tuple[float, Candidate]]:
    """The candidates with their rank scores, first to last: as the matcher orders them under
    the ranking in use (its few moves of a particular fact to the top included: a written
    answer's own record asked for, a record claimed, then scored with a margin below zero as
    at run time and in fit_confidence.examples); sorted by score under a fitted ranking, which
    cannot say what those moves would be."""
    scored = [(_score(weights, c), c) for c in question.candidates]
    if weights is HAND_RANKING:
        return scored
    return sorted(scored, key=lambda pair: -pair[0])


def evidence_rows(found: Sequence[Question], weights: dict[str, float]) -> Rows:
    """(the top candidate's evidence and margin, right or not) under `weights`. With the
    ranking in use, only the questions the evidence model alone decides
    (fit_confidence.examples says why), each as fit_confidence.examples reads it."""
    rows = []
    for question in found:
        if not question.candidates:
            continue
        if weights is HAND_RANKING and not question.model_decides:
            continue
        scored = _in_order(question, weights)
        top_score, top = scored[0]
        if top.evidence.missing is not None:
            continue  # partial or declined by rule, whatever the model says
        rival = next((s for s, c in scored[1:] if not top.figures or c.figures != top.figures), 0.0)
        values = features(top.evidence, top_score - rival)
        rows.append(Example(values, int(top.right), question.item.set_name))
    return rows


@dataclass(frozen=True, slots=True)
class EvidenceModel:
    bias: float
    weights: dict[str, float]
    threshold: float


def fit_evidence_model(rows: Rows) -> EvidenceModel:
    bias, weights = fit_evidence(rows, solver="newton-cholesky")
    return EvidenceModel(bias, weights, best_threshold(rows, bias, weights))


CURRENT_EVIDENCE = EvidenceModel(
    calibration.BIAS, dict(calibration.WEIGHTS), calibration.ANSWER_THRESHOLD
)
_HAND_RANK_SCORE = Evidence.rank_score


def use(ranking: dict[str, float], model: EvidenceModel) -> None:
    """Answer with these weights from now on (in this process only)."""
    if ranking is HAND_RANKING:
        Evidence.rank_score = _HAND_RANK_SCORE  # type: ignore[method-assign]
    else:
        Evidence.rank_score = property(  # type: ignore[method-assign,assignment]
            lambda signals: rank_score(ranking, rank_features(signals))
        )
    confidence.BIAS = model.bias
    confidence.WEIGHTS = model.weights
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("sendbot.") and hasattr(module, "ANSWER_THRESHOLD"):
            module.ANSWER_THRESHOLD = model.threshold


def outcomes(items: Iterable[Labelled]) -> Counter[str]:
    """Right answers, wrong facts presented as answers, and unanswerable questions handled
    (declined or partial; off-topic ones declined only)."""
    counts: Counter[str] = Counter()
    for item in items:
        result = decide(item.index, item.question).result
        fact = result.best.fact if result.best else None
        answered = result.answered
        if item.answerable:
            counts["answerable"] += 1
            counts["right"] += answered and item.answers(fact)
        else:
            counts["unanswerable"] += 1
            handled = result.outcome.value != "partial" if item.off_topic else not answered
            counts["handled"] += handled and not answered
        counts["wrong"] += answered and not item.answers(fact)
    return counts


def _line(counts: Counter[str]) -> str:
    return (
        f"{counts['right']:>4}/{counts['answerable']:<4} {counts['wrong']:>3}w "
        f"{counts['handled']:>4}/{counts['unanswerable']:<4}"
    )


CONFIGS = ("a: now", "b: ranking", "c: evidence", "d: both")


def leave_one_set_out(found: list[Question], evidence_only: bool = False) -> None:
    hand_ranking(found)
    by_set: dict[str, list[Question]] = defaultdict(list)
    for question in found:
        by_set[question.item.set_name].append(question)
    configs = ("a: now", "c: evidence") if evidence_only else CONFIGS
    totals = {config: Counter[str]() for config in configs}
    print(f"{'held-out set':24}" + "".join(f"{config:>24}" for config in configs))
    print(f"{'':24}" + f"{'right  wrong handled':>24}" * len(configs))
    for name, held_out in by_set.items():
        others = [q for q in found if q.item.set_name != name]
        evidence_now = fit_evidence_model(evidence_rows(others, HAND_RANKING))
        choices = {
            "a: now": (HAND_RANKING, CURRENT_EVIDENCE),
            "c: evidence": (HAND_RANKING, evidence_now),
        }
        if not evidence_only:
            ranking = fit_ranking(others)
            choices["b: ranking"] = (ranking, CURRENT_EVIDENCE)
            choices["d: both"] = (ranking, fit_evidence_model(evidence_rows(others, ranking)))
        cells = []
        for config in configs:
            weights, model = choices[config]
            use(weights, model)
            counts = outcomes(q.item for q in held_out)
            totals[config] += counts
            cells.append(_line(counts))
        use(HAND_RANKING, CURRENT_EVIDENCE)
        print(f"{name:24}" + "".join(f"{cell:>24}" for cell in cells), flush=True)
    print(f"{'all':24}" + "".join(f"{_line(totals[config]):>24}" for config in configs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--weights", action="store_true", help="print the models fitted on every set instead"
    )
    parser.add_argument(
        "--evidence-only",
        action="store_true",
        help="check only the evidence model fitted on the other sets (columns a and c, ~2 min)",
    )
    args = parser.parse_args()
    warnings.simplefilter("ignore", FutureWarning)
    warnings.simplefilter("ignore", UserWarning)
    found = questions(labelled(EVERY_SET))
    if not args.weights:
        leave_one_set_out(found, args.evidence_only)
        return 0
    ranking = fit_ranking(found)
    print("ranking fitted on every set:", ranking)
    print("evidence model, hand ranking:", fit_evidence_model(evidence_rows(found, HAND_RANKING)))
    print("evidence model, fitted ranking:", fit_evidence_model(evidence_rows(found, ranking)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
