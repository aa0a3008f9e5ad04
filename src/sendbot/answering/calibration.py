"""Fitted by benchmarks/fit_confidence.py; regenerate rather than edit by hand."""

BIAS = -9.9688
WEIGHTS = {
    "coverage": 1.4271,
    "f1": 1.7892,
    "recall": 4.0273,
    "similarity": 4.1851,
    "margin": 4.6694,
    "matched_mass": 1.8170,
}
ANSWER_THRESHOLD = 0.72
# Per rule verdict: (bias, weight on the evidence model's probability).
VERDICTS = {
    "lacks_detail": (-4.7547, 0.7937),
    "newest_figure": (2.3976, 0.0000),
    "spelt_out": (3.4965, 0.0000),
    "newest_on_topic": (1.9457, 0.0000),
    "named_answer": (3.4965, 0.0000),
    "answer_part": (2.4844, 0.0000),
    "period_fact": (3.4965, 0.0000),
    "sibling_gives_it": (3.4965, 0.0000),
    "purpose_unrivalled": (3.4965, 0.0000),
    "route_stated": (3.4965, 0.0000),
    "threshold_given": (3.4965, 0.0000),
    "cover_named": (3.4965, 0.0000),
    "topic_only": (3.4965, 0.0000),
    "place_rise": (3.4965, 0.0000),
}
