"""A figure asked of one thing for a period, answered with another thing's figure for that
period: "what % increase did special schools get to their budgets in 2024/25?" is not answered
by the rise in high needs funding in 2024/25, which says nothing of special schools, when a
close fact says everything asked but the period ("all special schools will receive a 3.4%
increase to their budgets for 2023/24"): the reply is partial, naming the period that fact
gives, with it as related information. Pure.
"""

from __future__ import annotations

from sendbot.answering.asked_measure import unsaid_topic
from sendbot.answering.asked_period import asked_period, covers
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import FIGURE_ASKED
from sendbot.answering.match import MatchResult, Outcome, ScoredFact
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact, FigureKind
from sendbot.knowledge.periods import period_label

# How many of the facts offered beside the answer are looked at for the thing asked.
OTHER_RIVALS = 3


def period_of_another(
    index: FactIndex, result: MatchResult, question: Question
) -> MatchResult | None:
    """Partial, when the fact answered for the period named lacks a word of the question's
    topic and a fact offered beside it lacks nothing but the period; else None."""
    if not result.answered or result.best is None:
        return None
    if question.checking or question.intent not in FIGURE_ASKED:
        return None  # "was it launched in 2024?" checks a date: the answer's own rules say
    asked = asked_period(question)
    if asked is None:
        return None
    answered = result.best.fact
    if not unsaid_topic(index, question, answered):
        return None
    period_terms = frozenset(index.normaliser.terms(" ".join(question.years)))
    for offered in result.suggestions[:OTHER_RIVALS]:
        fact = offered.fact
        if "document" in fact.tags or fact.title is None or covers(asked, fact):
            continue
        if not fact.figures or not _same_kinds(answered, fact):
            continue
        unsaid = unsaid_topic(index, question, fact)
        if unsaid and unsaid <= period_terms:
            missing = (
                f"The written answers give {_lowered(fact.title)}, not a figure for "
                f"{period_label(asked.text)}."
            )
            return result.judged(
                Verdict.LACKS_DETAIL,
                outcome=Outcome.PARTIAL,
                best=ScoredFact(fact, offered.score),
                missing=missing,
            )
    return None


def _same_kinds(answered: Fact, other: Fact) -> bool:
    """The other fact gives a figure of a kind the answered one gives (a percentage, a sum;
    not a date)."""
    kinds = {figure.kind for figure in answered.figures} - {FigureKind.DATE}
    return any(figure.kind in kinds for figure in other.figures)


def _lowered(title: str) -> str:
    return title[:1].lower() + title[1:]
