"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""

BIAS = -2.8653
WEIGHTS = {
    "coverage": 1.9765,
    "f1": 1.2122,
    "precision": 1.3301,
    "recall": 1.0517,
    "similarity": 0.5183,
    "intent_fits": -0.1558,
    "intent_misfits": -0.8028,
    "number_mismatch": -0.2040,
    "unknown_share": -0.8605,
    "margin": 1.1222,
}
ANSWER_THRESHOLD = 0.70
