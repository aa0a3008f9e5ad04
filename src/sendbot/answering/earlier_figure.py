"""A figure asked of, or compared with, an earlier time, cohort or regime than the fact's own
("£10.5bn for 24/25, is that more than last year?", "how many was the last cohort?"): the
fact answers only when it states that change itself ("an increase of 60% over five years" of
"is it up on before?"). Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.compared_with import COMPARING, is_a_year, is_unnamed
from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.question import Question

# A fact's own words comparing what it says with before: "significantly more content than",
# "has grown", "compared to".
_COMPARES_ITSELF = re.compile(
    r"\b(?:more|greater|higher|bigger|larger|fewer|less|lower) (?:\w+ ){0,8}?than\b|"
    r"\bsignificantly (?:more|less|fewer|higher|lower)\b|"
    r"\b(?:has|have|had) (?:grown|risen|increased|fallen|decreased|doubled)\b|"
    r"\bcompared (?:to|with)\b|\b(?:increased|risen|rose|grown|fell|fallen) from\b"
)
# A fact's own words saying its figure is of now, not of an earlier round or regime: "the
# strengthened regime", "so far". (Not "new": "33 new special free schools" were a round.)
_OF_NOW = re.compile(r"\b(?:strengthened|so far|to date|current|currently)\b")
# ... or of a round after earlier ones: "approved a further 76 special free schools" is not
# the round before.
_A_LATER_ROUND = re.compile(r"\ba further \d")
# A span of more than one year: "over five years", "since 2019/20".
_YEARS_SPAN = re.compile(r"\byears\b")


def earlier_not_given(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact gives only its own figure, not the earlier one the
    question compares it with or asks; None when the question names none, or the fact states
    the change from it."""
    named = question.compared_with
    if named is None:
        return None  # most questions
    if fact.states_change and (is_unnamed(named) or (is_a_year(named) and _over_a_year(fact))):
        return None  # "is it up on before?" of a rise it states
    if not is_a_year(named) and _COMPARES_ITSELF.search(fact.text):
        return None  # "more SEND content than before" of "significantly more content"
    comparing = COMPARING.search(question.text) is not None
    if not comparing and not (
        fact.period or _OF_NOW.search(fact.text) or _A_LATER_ROUND.search(fact.text)
    ):
        # "how many were approved in the round before?": the fact may be of that round
        return None
    earlier = "an earlier figure" if is_unnamed(named) else f"a figure for {named}"
    if not comparing:
        return f"{SOURCE} gives only {the_figure(fact)}, not {earlier}."
    return f"{SOURCE} gives only {the_figure(fact)}, not {earlier} to compare it with."


def _over_a_year(fact: FactProfile) -> bool:
    """The change the fact states is over one year ("compared to 2022/23" of 2023/24), not
    several ("over five years", "from the 2019/20 allocations" of 2024/25)."""
    if fact.period and _YEARS_SPAN.search(fact.period):
        return False
    if fact.base_years and fact.own_years:
        base = max(int(year[:4]) for year in fact.base_years)
        return min(int(year[:4]) for year in fact.own_years) - base <= 1
    return True
