"""A year written, then said again as "this year" ("the high needs total for 2026/27, this
financial year"): the written year is what is asked, and the relative words only restate it.
Left in, "financial year" draws the fact whose quote says it ("in the 2025/26 financial year
... into next year") over the period reading, which tells the asker no answer gives 2026/27.
(The other order, "next year 2024", is read in `asked_period.relative_period_asked`.) Pure.
"""

from __future__ import annotations

import re

# A year or split year, then, after a comma, a bracket or a dash, "this (financial) year" and
# nothing but an end: "for 2026/27, this financial year", "2026-27 (the current year)?".
_RESTATED = re.compile(
    r"(?P<year>\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)\s*[,(\u2013-]\s*(?:i\.?e\.?\s+|so\s+)?"
    r"(?:this|the current|current)\s+(?:financial\s+|academic\s+|school\s+)?year\s*\)?"
    r"(?=\s*(?:[?!.]\s*)*$)",
    re.IGNORECASE,
)


def without_restated_year(message: str) -> str:
    """ "total for 2026/27, this financial year" as "total for 2026/27"; else as it is."""
    return _RESTATED.sub(lambda found: found["year"], message)
