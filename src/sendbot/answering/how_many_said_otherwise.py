"""A question asking "what number of" / "what amount of" -> the same asked as "how many" /
"how much", the words every rule reads a count or a sum by. Pure.

"what number of councils are in the change programme" asks how many councils; "what amount is
going into EPs" how much. Read as written, the first looks like a request to name the councils
and the second asks for nothing the rules know.
"""

from __future__ import annotations

import re

_NUMBER_OF = re.compile(
    r"\b(?:what|whats|what['\u2019]s|what is) (?:the )?(?:number of|amount of)|"
    r"\bwhat (?:number|amount)\b(?! of)",
    re.IGNORECASE,
)


# "what number of the 5000 registered are childminders": a part of a group named by its count,
# which "how many of the 5000" asks (the "of" kept: "how many the 5000" names no group).
_OF_A_COUNTED_GROUP = re.compile(r" (?:the|those|these|all) \d", re.IGNORECASE)


def _how(found: re.Match[str]) -> str:
    said = found.group()
    how = "how many" if "number" in said.lower() else "how much"
    if said.lower().endswith("number of") and _OF_A_COUNTED_GROUP.match(found.string, found.end()):
        how = f"{how} of"
    return how.capitalize() if said[:1].isupper() else how


def as_how_many(text: str) -> str:
    """`text` with "what number of" read as "how many" and "what amount (of)" as "how much";
    "what's the number of" too, not "what's the total number of" (the total is asked)."""
    lowered = text.lower()
    if "number" not in lowered and "amount" not in lowered:
        return text  # nearly every question: no words to read
    return _NUMBER_OF.sub(_how, text)
