"""An event a fact dates in its own words ("in the Spending Review on 11 June, we confirmed
..."), asked the day of ("which day was the spending review?"): the day is given, though the
fact's figures date only what the event confirmed (2028/29). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sendbot.knowledge.figures import MONTHS

# "<event> on 11 june", "<event> of 22 march 2024": the word before the day names the event.
_EVENT_ON_A_DAY = re.compile(
    r"\b([a-z]+) (?:on|of) (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:" + "|".join(MONTHS) + r")\b",
    re.IGNORECASE,
)


def dates_an_event_asked(fact_text: str, asked_words: Collection[str]) -> bool:
    """The fact's (folded) words give a day for an event the question names: the noun right
    before "on 11 June" is one of the question's words."""
    return any(found[1].lower() in asked_words for found in _EVENT_ON_A_DAY.finditer(fact_text))
