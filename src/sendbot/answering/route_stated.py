"""Asked how something gets to whoever it is for ("how does the send money reach the school?",
"how do councils get the high needs funding to colleges"), declined: the closest fact answers
when its quote says the way it goes ("allocated to local authorities for them to pass through
to schools") and no other fact close to it says another way. Pure.

A question asking how money moves shares only common words with the fact saying so ("high
needs", "money", "schools"), so its evidence is thin and the fact saying the route is turned
down though it is first, named first among the closest topics. Two written answers saying the
same route on one topic are one answer, not rivals; a fact of another topic close behind that
says a route too leaves which is meant unclear, and the decline stands.
"""

from __future__ import annotations

import re

from sendbot.answering.closest_unrivalled import (
    best_answers,
    closest_best,
    declined_best,
    next_ranked,
    ranked_near,
)
from sendbot.answering.confidence import Verdict
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.intent import Intent
from sendbot.answering.newest import Newest
from sendbot.answering.ranking import rank
from sendbot.answering.terms_not_held import terms_not_held

# How far below the closest fact a fact of another topic saying a route must rank for the
# closest one's route to be the one asked; and how many of the next facts are looked at.
ROUTE_RIVAL_GAP = 0.05
ROUTE_RIVALS = 6
# ... and how much of what the question names the closest fact must hold.
ROUTE_COVERAGE = 0.9

# The question asks how a thing gets to its recipient: "get to", "reach", "end up with",
# "passed on to", "make its way to", "flow down to"; not how it is decided or worked out.
_ASKS_ROUTE = re.compile(
    r"\bhow (?:does|do|did|is|are|will|would|can) (?:\w+ ){1,6}?"
    r"(?:(?:get|gets|go|goes|flow|flows|filter|filters|trickle|trickles|make|makes|find|finds)"
    r"(?: (?:its|their) way)?(?: down| through| out)? to|reach|reaches|end up (?:with|at|in)|"
    r"(?:passed|paid|handed|given|sent|routed|channelled) (?:on |out |down |through )?to)\b"
    # "how do councils get the high needs funding to colleges": the thing between
    r"|\bhow (?:does|do|did|will|would|can) (?:\w+ ){1,3}?(?:get|pass|send|hand) "
    r"(?:\w+ ){1,5}?(?:on |down |through )?to\b"
)
_HOW_WORKED_OUT = re.compile(r"\b(?:decid|choos|chose|calculat|work(?:ed|s)? out|formula)\w*")

# A quote saying the way a thing goes: "allocated to local authorities for them to pass
# through to schools", "is allocated by local authorities to schools, colleges and other
# settings", "paid through the local authority".
_SAYS_ROUTE = re.compile(
    r"\b(?:allocated|passed|paid|distributed|handed|channelled|routed) "
    r"(?:\w+ ){0,4}?(?:to|through|via|by)\b|\bpass (?:it |them )?(?:through|on) to\b",
    re.IGNORECASE,
)


def asks_route(text: str) -> bool:
    """The (lowered) question asks how a thing gets to whoever it is for."""
    return _ASKS_ROUTE.search(text) is not None and _HOW_WORKED_OUT.search(text) is None


def says_route(quote: str) -> bool:
    """A fact's quote says the way a thing goes to whoever it is for."""
    return _SAYS_ROUTE.search(quote) is not None


def route_stated(read: FirstReading) -> Newest | None:
    """A declined question asking how a thing gets to whoever it is for, answered by the
    closest fact when its quote says the route, it holds what the question names, and no fact
    of another topic ranked within ROUTE_RIVAL_GAP of it says a route too."""
    if declined_best(read) is None:
        return None
    question = read.asked
    if question.intent is not Intent.METHOD or not asks_route(read.spelt.lower()):
        return None
    ranking = rank(read.index, read.spelt, question)
    closest = closest_best(read, ranking)
    if closest is None:
        return None
    facts = read.index.facts
    fact = facts[closest.position]
    if closest.evidence.coverage < ROUTE_COVERAGE or not says_route(fact.quote):
        return None
    asked = read.index.normaliser.terms(read.spelt)
    if terms_not_held(asked, read.index.fact_terms[closest.position]):
        return None  # the question names a thing the fact does not say
    for other in next_ranked(ranking, ROUTE_RIVALS):
        rival = facts[other.position]
        if fact.topic is not None and rival.topic == fact.topic:
            continue  # another answer's word on the same route: one answer, not a rival
        if ranked_near(closest, other, ROUTE_RIVAL_GAP) and says_route(rival.quote):
            return None  # two routes, about as close: which is meant is not clear
    return best_answers(read, Verdict.ROUTE_STATED)
