"""Questions asking who got, or is helped by, something ("who got the grant?", "who does the
programme help?"), or where money goes ("where does the high needs money go?"), and whether a
fact's own words name them. Pure.

Such a "who" asks for the people or bodies something reaches, not a person's name: a fact
saying it "supported all local authorities" or is "to support up to 1680 primary schools"
names them, though it names no one.
"""

from __future__ import annotations

import re

# "who got it", "who receives the money", "who does PINS help", "who has it supported",
# "who will benefit": whom it reaches. Not "who runs it" or "who announced it", nor "a parent
# who had to go to tribunal" (who the asker is).
_RECIPIENTS_ASKED = re.compile(
    r"\bwho (?:got|gets|get|receives?|received|benefits?|benefited|"
    r"(?:does|did|do|will|would|is|are|was|has|have) (?:[\w-]+ ){0,6}?"
    r"(?:help|helps|helping|helped|support|supports|supporting|supported|reach|reaches|"
    r"reaching|reached|benefit|benefits|benefiting|benefited|fund|funds|funding|funded|"
    r"go to|goes to|went to))\b"
)

# "where does most of the money go", "where is the funding going", "where does it end up": whom
# money reaches, asked as a place (not "where will the schools go": where things are built).
_DESTINATION_ASKED = re.compile(
    r"\bwhere (?:does|do|did|is|are|was|will|s) (?:(?:all|most|much|the|this|that|it|its|"
    r"of|extra|new|high|needs|send|£|\d[\d.]*|m|bn|million|billion|pounds) )*?"
    r"(?:money|funding|funds|budget|cash|grant|investment|increase|allocation)s? "
    r"(?:(?:actually|really|then|mostly|mainly|usually) )?(?:go|goes|going|gone|end up|"
    r"ends up|get spent|spent|sent|allocated|paid)\b"
)

# A fact's words naming whom it reaches: a verb of helping or giving, then the group, with
# how many or how much of it ("supported all local authorities", "to support up to 1680
# primary schools").
_RECIPIENTS_NAMED = re.compile(
    r"\b(?:support|supports|supported|supporting|help|helps|helped|helping|fund|funds|funded|"
    r"funding|reach|reaches|reached|benefit|benefits|benefited|allocated to|paid to|given to) "
    r"(?:all |every |each |up to |over |more than |around |almost |nearly )?(?:[\d,]+ )?"
    r"(?:[\w-]+ ){0,2}?(?:local authorities|councils|schools|settings|colleges|nurseries|"
    r"children|young people|pupils|learners|students|families|parents|interns|people)\b"
)


def asks_who_is_reached(text: str) -> bool:
    """The (folded) question asks who got, or is helped by, something."""
    return _RECIPIENTS_ASKED.search(text) is not None


def asks_where_money_goes(text: str) -> bool:
    """The (folded) question asks where money goes: whom it reaches, not a place."""
    return _DESTINATION_ASKED.search(text) is not None


def names_whom_it_reaches(fact_text: str) -> bool:
    """The fact's (folded) words name the people or bodies it reaches."""
    return _RECIPIENTS_NAMED.search(fact_text) is not None
