"""The last second reading of a declined message: "what training is there for SENCOs?",
answered by the few facts that together say what there is, where no one fact answers. Pure."""

from __future__ import annotations

from sendbot.answering.asked_overview import overview_asked
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import MatchResult, Outcome
from sendbot.answering.newest import Newest
from sendbot.answering.overview import overview_facts
from sendbot.answering.ranking import rank


def overview_of_several(read: FirstReading) -> Newest | None:
    """'What training is available for SENCOs?', declined because several facts (the NPQ for
    SENCOs, early years SENCO training) are about as close: those facts together, when the
    question asks what there is for someone or on a topic and they stand clear of the rest."""
    index, question = read.index, read.spelt
    if overview_asked(question) is None:
        return None
    ranking = rank(index, question)
    found = overview_facts(index, ranking)
    if found is None:
        return None
    first, *others = found
    # The probability that one of them is what was asked: the question is about one (or all).
    confidence = min(1.0, sum(item.score for item in found))
    result = MatchResult(
        question,
        Outcome.ANSWERED,
        first,
        (),
        ranking.corrected,
        confidence,
        evidence_confidence=confidence,
        together=tuple(others),
    )
    return Newest(result)
