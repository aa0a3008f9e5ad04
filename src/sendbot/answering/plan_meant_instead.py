"""The other fact on a plan, answering in place of the one decided: what the Improvement Plan
will ensure when that was meant, not the claim to have a plan, and the other way about
(`claimed_plan` reads which is meant). Pure.
"""

from __future__ import annotations

from itertools import islice

from sendbot.answering.claimed_plan import may_mean_the_other, plan_meant, plan_of_a_tie
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import MatchResult, Outcome, decided_with_first
from sendbot.answering.newest import Newest
from sendbot.answering.ranking import rank

# How far down the message's ranking the other fact on a plan may be.
PLAN_SIBLING_REACH = 3
# The two facts on a plan, when a message ranks them level, are the first two it offers.
TIED_PLANS = 2


def plan_meant_instead(index: FactIndex, question: str, newest: Newest) -> Newest | None:
    """'the minister keeps saying they have a plan - what is it meant to ensure?': answered
    with what the Improvement Plan will ensure, the claim to have a plan was meant (and the
    other way about); the other fact on a plan, when it is among the message's first few,
    answers instead, its rival passed over (see `claimed_plan`)."""
    result = newest.result
    if result.outcome is Outcome.DECLINED:
        return _plan_of_a_tie(index, question, result)
    if not result.answered or result.best is None:
        return None
    decided = result.best.fact
    lowered = question.lower()
    if "plan" not in lowered or not may_mean_the_other(lowered, decided):
        return None  # (most messages: the message is not ranked again for the other facts)
    near = [
        index.facts[candidate.position]
        for candidate in islice(rank(index, lowered).candidates, PLAN_SIBLING_REACH)
    ]
    others = [
        fact for fact in near if fact.id != decided.id and fact.source_id == decided.source_id
    ]
    meant = plan_meant(lowered, decided, others)
    if meant is None:
        return None
    again = decided_with_first(index, question, meant)
    if again.best is None or again.best.fact.id != meant.id:
        return None
    # Declined when not sure enough of the plan meant: the other plan's fact, sure as it
    # looked, answers what was not asked.
    return Newest(again)


def _plan_of_a_tie(index: FactIndex, question: str, declined: MatchResult) -> Newest | None:
    """'what will the plan ensure for kids?', declined because the claim to have a plan and
    what the Improvement Plan will ensure rank about level: the one the message means, when
    the two are the first offered, surely answers with the other passed over. (A third fact
    between them, the plan's date or funding, is a rival of its own.) Read from the facts
    offered, so that most declined messages are not ranked again."""
    lowered = question.lower()
    tied = [offered.fact for offered in declined.suggestions[:TIED_PLANS]]
    if len({fact.source_id for fact in tied}) != 1:
        return None  # two written answers' plans: which answer is meant is not the rule's
    meant = plan_of_a_tie(lowered, tied)
    if meant is None:
        return None
    again = decided_with_first(index, question, meant)
    if not again.answered or again.best is None or again.best.fact.id != meant.id:
        return None
    return Newest(again)
