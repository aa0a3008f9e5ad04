"""A sum a written answer calls "further", "extra" or "additional" ("a further £21 million to
train more educational psychologists"), asked what came before it or what it all comes to
("how much was given before this £21m?", "what's the total, not just the extra money?",
"the total including the earlier funding?"): the further sum says there was money before it,
not how much, so it is related information, not the answer. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.question import Question
from sendbot.knowledge.model import FigureKind

# Folded question text ("£21m" reads "pounds 21 million"): the money before the sum named, or
# the sum with what came before it.
_BEFORE_OR_WITH_EARLIER = re.compile(
    # "how much was given before that", "spent before this £21m", "prior to the extra money"
    r"\b(?:before|prior to) (?:this|that|the|it)(?: (?:extra|further|additional|new|latest))?"
    r"(?: (?:pounds )?\d[\d.]*(?: million| billion)?| money| funding| sum| amount| pot)?$|"
    r"\b(?:before|prior to) (?:this|that|the) (?:extra |further |additional |new |latest )?"
    r"(?:pounds \d[\d.]*(?: million| billion)?|money|funding|sum|amount|pot)\b|"
    # "the total including the earlier money", "on top of the original funding"
    r"\b(?:including|plus|with|on top of|as well as) (?:the |all the )?(?:earlier|previous|"
    r"original|first|existing|older|prior) (?:money|funding|sums?|amounts?|investment|pot|"
    r"grants?)\b|"
    # "the total spent, not just the extra £21m"
    r"\bnot (?:just|only) (?:the|this|that) (?:extra|further|additional|new|latest)\b"
)
# The fact's own words: a sum said to come on top of others ("a further pounds 21 million",
# "an additional pounds 1 billion").
_A_FURTHER_SUM = re.compile(
    r"\b(?:a further|an additional|an extra|additional|extra|further) (?:pounds )?\d"
)


def asks_before_a_further_sum(question: Question) -> bool:
    """Whether the question asks the money before a sum, or the sum with what came before."""
    return bool(_BEFORE_OR_WITH_EARLIER.search(question.text))


def earlier_money_not_given(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's further sum does not give what came before it; None when
    the question does not ask so, or the fact gives no further sum."""
    if not asks_before_a_further_sum(question) or not _A_FURTHER_SUM.search(fact.text):
        return None
    if fact.main_kind is FigureKind.COUNT:
        return None  # "400 more trainees from a further £21m": its figure is no sum of money
    return (
        f"{SOURCE} gives {the_figure(fact)}, a sum on top of earlier money; it doesn't say "
        "how much came before it or the total."
    )
