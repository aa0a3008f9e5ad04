"""Which of two facts on a plan a question means: a claim that someone has a plan (and is
delivering it), or what a named plan will do.

"The department has a clear plan to ensure children ... achieve good outcomes" and "the SEND
and AP Improvement Plan will ensure children ... get high-quality, early support" share nearly
every word a question about "the plan" uses, so word overlap picks between them by chance.
What tells them apart is what the question says of the plan: that someone says they have one,
or whether it is delivered, on track or making progress, asks of the claim; anything else asked
of what the plan will do, ensure or is for asks of the plan named in its own words."""

from __future__ import annotations

import re

from sendbot.knowledge.model import Fact

# A quote saying someone has a plan: "The department has a clear plan to ensure ...".
_QUOTE_HAS_A_PLAN = re.compile(r"\b(?:has|have) (?:a|an) (?:\w+ )?plan\b", re.IGNORECASE)
# A quote saying what a plan will do: "... Improvement Plan will ensure ...".
_QUOTE_PLAN_WILL = re.compile(
    r"\bplan\b(?: \([^)]*\))? (?:will|would|aims to|is to)\b", re.IGNORECASE
)

# The question speaks of the claim to have a plan, or of its delivery: "the minister keeps
# saying they have a plan", "their 'clear plan'", "is the plan being delivered", "on track".
_CLAIM_ASKED = re.compile(
    r"\bclear\b"
    r"|\b(?:have|has|having|had|got) (?:a|an|no|their|its) (?:\w+ )?plan\b"
    # the department's own plan: "its plan", "their plan", "the dfe plan"
    r"|\b(?:its|their|(?:dfe|department|dept|govt|government)(?:s|'s)?) (?:own )?plan\b"
    # delivering it, however spelt, but not what it will deliver for children
    r"|\bdeli?ve?r\w*\b(?! for\b)"
    r"|\b(?:on track|progress|sticking to|getting on|keeping (?:to|its|their)|not yet)\b"
    # "how the plan is going", "do they do the plan": how the plan is being carried out
    r"|\bhow (?:the |this )?plan is (?:going|doing|getting on)\b(?! to)"
    r"|\b(?:they|it|dfe|department|government|govt) (?:(?:are|is) )?(?:do|does|doing|done) "
    r"(?:the |this )?plan\b"
    # what the claim's own words say the plan is for
    r"|\bchildhood|\boutcomes?\b"
)
# A reason asked ("why was the plan delayed?"): neither what the plan will do nor the claim
# to have one says why, so a tie between them is no reason to pick either.
_WHY = re.compile(r"^\W*why\b")
# The question speaks of a plan at all.
_PLAN = re.compile(r"\bplan\b")


def claims_a_plan(fact: Fact) -> bool:
    """The fact's quote says someone has a plan."""
    return bool(_QUOTE_HAS_A_PLAN.search(fact.quote))


def says_what_plan_will_do(fact: Fact) -> bool:
    """The fact's quote says what a plan will do."""
    return bool(_QUOTE_PLAN_WILL.search(fact.quote)) and not claims_a_plan(fact)


def plan_meant(question: str, decided: Fact, others: list[Fact]) -> Fact | None:
    """The fact among `others` that gives the plan the (lower-case) question means, when the
    fact `decided` gives the other kind; None when `decided` is the one meant, or when the
    question speaks of no plan."""
    if not may_mean_the_other(question, decided):
        return None
    wanted = claims_a_plan if _CLAIM_ASKED.search(question) else says_what_plan_will_do
    return next((fact for fact in others if wanted(fact)), None)


def may_mean_the_other(question: str, decided: Fact) -> bool:
    """Whether the (lower-case) question speaks of a plan and `decided` gives the other kind
    than it means: when not, `plan_meant` is None whatever the other facts are, so a caller
    need not find them (ranking the message again)."""
    if not _PLAN.search(question):
        return False
    if _CLAIM_ASKED.search(question):
        return says_what_plan_will_do(decided)  # (which a fact claiming a plan never is)
    return claims_a_plan(decided)


def plan_of_a_tie(question: str, close: list[Fact]) -> Fact | None:
    """The fact among the (lower-case) question's `close` facts that gives the kind of plan it
    means, when they hold a fact of each kind: the two share nearly every word, so a question
    on "the plan" may rank them about level and be declined for the tie alone. None when the
    question speaks of no plan or the close facts lack either kind."""
    if not _PLAN.search(question) or _WHY.match(question):
        return None
    claims = [fact for fact in close if claims_a_plan(fact)]
    aims = [fact for fact in close if says_what_plan_will_do(fact)]
    if not claims or not aims:
        return None
    return claims[0] if _CLAIM_ASKED.search(question) else aims[0]
