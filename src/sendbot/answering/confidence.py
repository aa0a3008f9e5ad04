"""Evidence for a fact, and what the rules say of it -> the probability that it answers.

`score`, everywhere sendbot shows one, is the calibrated probability that the fact the reply is
about answers the question: the answer's fact for an answered reply; the related fact for a
partial one; the closest fact for a declined one (low: that is why it was declined). A greeting,
help or error reply weighs no fact and has no score.

Two parts, both fitted on labelled questions by `benchmarks/fit_confidence.py`, which writes
`calibration.py`; at run time each is a dot product:
1. The evidence model: a logistic model over the matcher's signals for the fact (words in
   common, best phrasing, similarity, margin over the next fact). It alone decides when no rule
   has a say: sendbot answers at or above ANSWER_THRESHOLD and declines below it.
2. A rule's verdict is evidence too. When a rule says the fact cannot give what was asked (a
   place, period, breakdown, kind of figure it does not give), or when the newest-figure rule
   picks a measure's figure as the answer, the probability is the one observed for that
   verdict: a logistic model of the evidence model's probability, one per verdict. A verdict
   that the fact lacks the detail keeps every score below ANSWER_THRESHOLD whatever the
   evidence (the fit checks this, and so do the tests); the newest-figure rule answers only
   when the probability given its verdict reaches the threshold. So `answered` holds exactly
   when `score >= ANSWER_THRESHOLD`, on every path.
"""

from __future__ import annotations

import math
from enum import StrEnum

from sendbot.answering.calibration import ANSWER_THRESHOLD, BIAS, VERDICTS, WEIGHTS
from sendbot.answering.evidence import Evidence

# A related fact is shown (as related, never as the answer) from this probability that it is
# the fact the question is about; below it sendbot declines and lists the closest topics.
PARTIAL_THRESHOLD = 0.4


class Verdict(StrEnum):
    """What a rule says about the fact a reply is about, besides the evidence."""

    NONE = "none"  # no rule has a say: the evidence model's probability stands
    LACKS_DETAIL = "lacks_detail"  # the fact cannot give what was asked
    NEWEST_FIGURE = "newest_figure"  # the newest-figure rule chose the fact as the answer
    SPELT_OUT = "spelt_out"  # the fact's quote spells out the letters the question asks about
    NEWEST_ON_TOPIC = "newest_on_topic"  # "the latest on X": the newest written answer's fact on X
    NAMED_ANSWER = "named_answer"  # the question named a written answer: that answer's figure
    ANSWER_PART = "answer_part"  # asked of the written answer itself: the part it asks for
    PERIOD_FACT = "period_fact"  # the one close fact giving the period the question names
    # The fact the question is about lacks what was asked; the first-ranked fact, of its very
    # sentence, gives it ("the EP training money, how much?": the sum beside the count).
    SIBLING_GIVES_IT = "sibling_gives_it"
    # Asked what something is for: the closest fact states a purpose, no close fact another.
    PURPOSE_UNRIVALLED = "purpose_unrivalled"
    # Asked how a thing gets to whoever it is for: the closest fact's quote says the route.
    ROUTE_STATED = "route_stated"
    # Asked for the amount above which something starts: the closest fact's quote gives one.
    THRESHOLD_GIVEN = "threshold_given"
    # Asked whether something covers a thing: the closest fact's quote says "including" it.
    COVER_NAMED = "cover_named"
    # Asked only what was said on a topic: the closest fact whose own words name the topic.
    TOPIC_ONLY = "topic_only"
    # Asked how much more one place got: the closest fact, that place's own rise.
    PLACE_RISE = "place_rise"


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


def logistic(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def answer_probability(evidence: Evidence, margin: float) -> float:
    """The evidence model: the probability that the fact answers, when no rule has a say."""
    values = features(evidence, margin)
    return logistic(BIAS + sum(weight * values[name] for name, weight in WEIGHTS.items()))


def probability_given(verdict: Verdict, evidence_probability: float) -> float:
    """The probability that the fact answers, given the evidence model's and a rule's verdict."""
    if verdict is Verdict.NONE:
        return evidence_probability
    bias, slope = VERDICTS[verdict.value]
    return logistic(bias + slope * evidence_probability)


__all__ = [
    "ANSWER_THRESHOLD",
    "PARTIAL_THRESHOLD",
    "Verdict",
    "answer_probability",
    "features",
    "probability_given",
]
