"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""

BIAS = -9.7864
WEIGHTS = {
    "coverage": 1.9926,
    "f1": 1.6846,
    "recall": 4.3731,
    "similarity": 3.3490,
    "margin": 4.8927,
    "matched_mass": 1.5921,
}
ANSWER_THRESHOLD = 0.72
