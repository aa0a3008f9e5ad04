"""Whether a level has gone up, asked of no period ("has the number of pupils in special
schools gone up?", "are special school numbers rising?"): a yes/no question the matcher may
refuse, its evidence split between the measure's yearly figures. The measure's newest fact
answers it when its own quote says the level rose from an earlier figure ("has increased from
115,000 to 200,000"): that is the yes, with both figures. A fact whose quote gives only a level
does not say whether it rose, so nothing changes then. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact

# "has/have/is/are/did ... gone up / risen / increased / grown / rising / going up ...": the
# verb may follow a long subject ("the number of children in special schools"). A fall asked
# ("gone down") is not a rise given, and a period or figure named is read elsewhere.
_RISE_ASKED = re.compile(
    r"^(?:has|have|is|are|did) (?:\w+ ){1,10}?"
    r"(?:gone up|going up|go up|risen|rising|rise|increased|increasing|increase|grown|"
    r"growing|grow|climbed|climbing)\b"
)
_FIGURE_OR_YEAR = re.compile(r"\d")
# A quote saying the level rose between two figures ("increased from 115,000 to 200,000",
# "up from 115,000").
_QUOTES_RISE = re.compile(
    r"\b(?:increased|risen|rose|grown|grew|gone up|went up|up) from\b", re.IGNORECASE
)


def asks_if_level_rose(question: Question) -> bool:
    """A yes/no question whether a level rose, naming no figure or year."""
    if _FIGURE_OR_YEAR.search(question.text) or "since" in question.words:
        return False
    return _RISE_ASKED.search(" ".join(question.words)) is not None


def quotes_a_rise(fact: Fact) -> bool:
    """The fact's quote itself says its level rose from an earlier figure."""
    return _QUOTES_RISE.search(" ".join(fact.quote.split())) is not None
