"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""

BIAS = -7.1491
WEIGHTS = {
    "coverage": 1.4233,
    "f1": 1.5335,
    "precision": 1.5091,
    "recall": 2.5657,
    "similarity": 1.2275,
    "intent_fits": -0.3478,
    "intent_misfits": 0.5302,
    "unknown_share": 0.0194,
    "margin": 1.3598,
    "matched_mass": 1.2363,
    "phrase_mass": 0.6608,
    "unknown_mass": 0.1770,
}
ANSWER_THRESHOLD = 0.51
