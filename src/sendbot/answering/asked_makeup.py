"""Whether a question asks what something is made up of ("what is the change programme made
up of?", "does it consist of councils or schools?"), and whether a fact states that. Pure."""

from __future__ import annotations

import re

from sendbot.knowledge.model import Fact

_ASKS_MAKEUP = re.compile(
    r"\b(?:made (?:up )?of|consists? of|consisting of|composed of|comprised of|comprises?|"
    r"formed (?:of|from)|(?:what|who) makes? up)\b",
    re.IGNORECASE,
)

_STATES_MAKEUP = re.compile(
    r"\b(?:made up of|consists? of|comprises|composed of|comprised of|formed of|formed from)\b",
    re.IGNORECASE,
)


def asks_what_makes_it_up(text: str) -> bool:
    return bool(_ASKS_MAKEUP.search(text))


def states_what_makes_it_up(fact: Fact) -> bool:
    """The fact's own statement says what the thing is made up of (its quote may say so of a
    sentence the statement leaves out: that fact answers something else)."""
    return bool(_STATES_MAKEUP.search(fact.statement))


def quotes_what_makes_it_up(fact: Fact) -> bool:
    """The fact's quote says it, though its statement may not: it agrees with the fact that
    states it, and is not its rival."""
    return bool(_STATES_MAKEUP.search(fact.quote))
