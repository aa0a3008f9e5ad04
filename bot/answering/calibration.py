"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""

BIAS = -6.4817
WEIGHTS = {
    "coverage": 1.3455,
    "f1": 1.3866,
    "precision": 1.4742,
    "recall": 2.3366,
    "similarity": 0.7813,
    "intent_fits": -0.1044,
    "intent_misfits": -0.0021,
    "unknown_share": -0.2936,
    "margin": 1.4078,
    "matched_mass": 1.1759,
    "phrase_mass": 0.4119,
    "unknown_mass": 0.1120,
}
ANSWER_THRESHOLD = 0.71
