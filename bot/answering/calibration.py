"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""

BIAS = -4.6661
WEIGHTS = {
    "coverage": 1.4708,
    "f1": 0.3014,
    "precision": 0.9532,
    "recall": 1.7752,
    "similarity": 0.8592,
    "intent_fits": 0.0367,
    "intent_misfits": -1.2415,
    "unknown_share": -0.1935,
    "margin": 2.1272,
    "matched_mass": 1.0372,
    "phrase_mass": 0.3491,
    "unknown_mass": -0.2886,
}
ANSWER_THRESHOLD = 0.74
