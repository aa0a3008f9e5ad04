"""A whole asked for with a part it includes: "the latest schools budget incl high needs".
Pure.

The part named ("high needs") is a measure of its own, so the question is drawn to the part's
figure and replied to as if the whole were missing ("doesn't give a figure for schools
budget"). The whole is what is asked: read without the part, the question finds the whole's
newest figure, which answers only when its own words say it includes the part (the Core
Schools Budget, "which includes funding for local authorities' high needs budgets").
"""

from __future__ import annotations

import re

from sendbot.answering.fact_index import FactIndex
from sendbot.knowledge.model import Fact

# "incl high needs", "including high needs", "(incl. high needs)", ending the question or a
# clause of it. (Not "inc": "the high needs inc for 2025-26" is its increase.)
_INCLUDING = re.compile(
    r"\s*[,(]?\s*\b(?:incl|including|which includes|that includes)\b\.?\s+"
    r"(?P<part>[^?!.,;()]+?)(?:\s*\)|\s*(?=[?!.,;]|$))",
    re.IGNORECASE,
)


def without_included_part(text: str) -> tuple[str, str] | None:
    """`text` without the part it says the whole includes, and that part; None when it names
    none."""
    lowered = text.lower()
    if "incl" not in lowered:
        return None  # nearly every question: no words to read
    found = _INCLUDING.search(text)
    if found is None:
        return None
    return f"{text[: found.start()]}{text[found.end() :]}".strip(), found["part"]


def says_it_includes(index: FactIndex, fact: Fact, part: str) -> bool:
    """The fact's own words say every term of the part ("high needs")."""
    terms = set(index.normaliser.terms(part))
    said = set(index.normaliser.terms(f"{fact.statement} {fact.quote}"))
    return bool(terms) and terms <= said
