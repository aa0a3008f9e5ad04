"""Evidence for the top candidate -> the probability that it answers the question.

A logistic model over the evidence signals, fitted on the labelled training questions by
`benchmarks/fit_confidence.py`, which also writes `calibration.py`. sendbot answers only at
or above ANSWER_THRESHOLD: below it, it declines and offers the closest topics.
"""

from __future__ import annotations

import math

from sendbot.answering.calibration import ANSWER_THRESHOLD, BIAS, WEIGHTS
from sendbot.answering.evidence import Evidence

# A related fact is shown (as related, never as the answer) from this probability that it is
# the fact the question is about; below it sendbot declines and lists the closest topics.
PARTIAL_THRESHOLD = 0.4


def features(evidence: Evidence, margin: float) -> dict[str, float]:
    return {
        "coverage": evidence.coverage,
        "f1": evidence.f1,
        "precision": evidence.precision,
        "recall": evidence.recall,
        "similarity": evidence.similarity,
        "intent_fits": float(evidence.intent_fit == 1),
        "intent_misfits": float(evidence.intent_fit == -1),
        "unknown_share": evidence.unknown_share,
        "margin": margin,
        "matched_mass": evidence.matched_mass,
        "phrase_mass": evidence.phrase_mass,
        "unknown_mass": evidence.unknown_mass,
    }


def answer_probability(evidence: Evidence, margin: float) -> float:
    values = features(evidence, margin)
    z = BIAS + sum(weight * values[name] for name, weight in WEIGHTS.items())
    return 1 / (1 + math.exp(-z))


__all__ = ["ANSWER_THRESHOLD", "PARTIAL_THRESHOLD", "answer_probability", "features"]
