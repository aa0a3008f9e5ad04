"""'What is the government's aim for SEND finances?': an aim asked in terms of money.
Pure.

A question asking for an aim, objective or goal in terms of money ("for SEND finances", "re
money", "in terms of funding") asks the aim that speaks of money ("... deliver high quality
services in a financially sustainable way"), not an ambition for children that says nothing
of money, though both state an aim and the latter may share more of the question's words.
"""

from __future__ import annotations

import re

from sendbot.answering.purpose_stated import states_its_purpose
from sendbot.knowledge.model import Fact

# The nouns asking for an aim ("stated objective", "end goal"): not "what for", which asks
# what a sum pays for (money is then the thing, not the terms).
_AIM_ASKED = re.compile(r"\b(?:aims?|goals?|objectives?|ambitions?|intentions?)\b")

# Money, as a question names the terms an aim is asked in ("finances", "money", "funding").
_MONEY_ASKED = re.compile(
    r"\b(?:money|finances?|financial(?:ly)?|funding|budgets?|spending|costs?|pounds|cash)\b"
)

# Money, as a statement speaks of it: "financially sustainable", "the funding", "£1 billion",
# "the investment aims to". Wider than the question's words: an aim of an investment is in
# money's terms whichever word the source uses.
_MONEY_SAID = re.compile(
    r"\b(?:money|financ\w*|fund\w*|budgets?|spend\w*|costs?|cash|invest\w*|afford\w*|"
    r"million|billion)\b|£",
    re.IGNORECASE,
)


def asks_an_aim_in_money_terms(text: str) -> bool:
    """Whether a question (folded text) asks an aim, objective or goal and names money."""
    return _AIM_ASKED.search(text) is not None and _MONEY_ASKED.search(text) is not None


def speaks_of_money(fact: Fact) -> bool:
    """Whether the fact's statement speaks of money."""
    return _MONEY_SAID.search(fact.statement) is not None


def states_an_aim_in_money_terms(fact: Fact) -> bool:
    """The fact's statement says an aim (or what a thing is for) and speaks of money."""
    return states_its_purpose(fact) and speaks_of_money(fact)
