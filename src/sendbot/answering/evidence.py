"""The signals that say whether a fact answers a question, and how candidates are ordered."""

from __future__ import annotations

from typing import NamedTuple

WEIGHT_COVERAGE = 0.45
WEIGHT_PHRASING = 0.45
WEIGHT_SIMILARITY = 0.1
INTENT_BONUS = 0.06
INTENT_PENALTY = 0.4
# A number or year in the question that the fact does not have means a different question
# ("the budget for 2025/26" is not answered by the 2024/25 budget).
NUMBER_MISMATCH_PENALTY = 0.2
# A fact that cannot give what was asked ("in Devon", "last year", "how many teachers") ranks
# below one that can, so that the fact which answers is found when there is one.
MISSING_PENALTY = 0.15
INTENT_ADJUSTMENT = {1: INTENT_BONUS, 0: 0.0, -1: -INTENT_PENALTY}  # by `intent_fit`
# Recall (the phrasing's words found in the question) counts this many times precision.


class Evidence(NamedTuple):
    """Why a fact might answer a question: the signals the confidence model weighs.

    A named tuple, not a frozen dataclass: one is made for every candidate of every
    question, and a tuple is made ten times faster."""

    coverage: float  # share of the question's information found anywhere in the fact
    f1: float  # best single phrasing: IDF-weighted F1 of shared terms
    precision: float  # ... the question's information that phrasing carries
    recall: float  # ... that phrasing's information the question carries
    similarity: float  # rapidfuzz similarity to the closest phrasing
    intent_fit: int  # 1: the fact answers this kind of question, -1: it does not, 0: unknown
    number_mismatch: bool  # the question names a number or year the fact lacks
    unknown_share: float  # share of the question's information the knowledge base never saw
    # Absolute amounts, in units of the rarest word's weight: a long, chatty question that
    # names the fact's rare words carries as much evidence as a short one that does.
    matched_mass: float = 0.0  # the question's words found in the fact
    phrase_mass: float = 0.0  # the question's words found in the best phrasing
    unknown_mass: float = 0.0  # the question's unseen, non-everyday words
    # What the question asks that this fact does not give, in one sentence; None: nothing.
    missing: str | None = None
    # Share of the question's information in the words that narrow it (a year, a place):
    # they count against the words in common, but not against what the question is about.
    constraint_share: float = 0.0

    @property
    def on_topic(self) -> Evidence:
        """The same evidence, judged on topic alone: is this what the question is about?"""
        topic_share = 1.0 - self.constraint_share
        coverage = min(1.0, self.coverage / topic_share) if topic_share > 0 else self.coverage
        # Built whole, not by _replace: this is asked of every candidate of most questions.
        return Evidence(
            coverage,
            self.f1,
            self.precision,
            self.recall,
            self.similarity,
            0,
            False,
            self.unknown_share,
            self.matched_mass,
            self.phrase_mass,
            self.unknown_mass,
            None,
            self.constraint_share,
        )

    @property
    def topic_rank_score(self) -> float:
        """`on_topic.rank_score`, without building the evidence on topic: on topic, nothing
        is missing and neither intent nor numbers adjust the score, so it is the closeness of
        the coverage on topic alone."""
        topic_share = 1.0 - self.constraint_share
        coverage = min(1.0, self.coverage / topic_share) if topic_share > 0 else self.coverage
        score = (
            WEIGHT_COVERAGE * coverage
            + WEIGHT_PHRASING * self.f1
            + WEIGHT_SIMILARITY * self.similarity
        )
        return max(0.0, min(1.0, score))

    @property
    def rank_score(self) -> float:
        """Orders candidates. The decision to answer is the confidence model's, not this."""
        score = self.closeness - (MISSING_PENALTY if self.missing is not None else 0.0)
        return max(0.0, score)

    @property
    def closeness(self) -> float:
        """How close the fact is to the question, whether or not it can give what was asked:
        what decides which closest topics are worth offering."""
        score = (
            WEIGHT_COVERAGE * self.coverage
            + WEIGHT_PHRASING * self.f1
            + WEIGHT_SIMILARITY * self.similarity
        )
        score += INTENT_ADJUSTMENT[self.intent_fit]
        score -= NUMBER_MISMATCH_PENALTY if self.number_mismatch else 0.0
        return max(0.0, min(1.0, score))
