"""Questions asking who set something up ("who set up the task and finish group?", "who
launched PINS?", "who was the working group established by?"), and whether a fact says. Pure.

Such a "who" asks which body acted, not a person's name: a fact saying "the department
established the group" gives it, though it names no one.
"""

from __future__ import annotations

import re

# The verbs of setting something up, in the forms a question uses them.
_SET_UP = (
    r"(?:set|sets|setting|established?|establishes|launch(?:ed|es)?|creat(?:ed|es|e)|"
    r"found(?:ed|s)?|commission(?:ed|s)?|form(?:ed|s)?|convened?|start(?:ed|s)?|"
    r"introduc(?:ed|es|e)|came up with|come up with)"
)

# "who set up the group", "who has launched it", "who was it set up by", "who's behind it".
_FOUNDER_ASKED = re.compile(
    rf"\bwho (?:(?:has|have|had|did|actually|originally|first|initially) )?{_SET_UP}\b"
    rf"|\bwho (?:is|s|was) behind\b"
    rf"|\bwho (?:was|were|is|are|has|have been) (?:[\w-]+ ){{0,6}}?{_SET_UP}(?: up)? by\b"
    rf"|\b{_SET_UP}(?: up)? by (?:who|whom)\b"
)

# A fact's words saying which body set it up: "the department established the group",
# "the government has launched ...".
_FOUNDER_NAMED = re.compile(
    r"\b(?:department|government|dfe|secretary of state|minister|ministers|nhs england|ofsted)"
    r"(?: (?:has|have|had|also|jointly))? (?:established|set up|launched|created|founded|"
    r"commissioned|formed|convened|introduced)\b"
)


def asks_who_set_it_up(text: str) -> bool:
    """The (folded) question asks who set something up."""
    return _FOUNDER_ASKED.search(text) is not None


def says_who_set_it_up(fact_text: str) -> bool:
    """The fact's (folded) words say which body set the thing up."""
    return _FOUNDER_NAMED.search(fact_text) is not None
