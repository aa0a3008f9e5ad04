"""A financial or academic year named by when it ends: "the year to March 2025", "the financial
year ending 31 March 2026", "FYE March 26", "the academic year ending July 2024". The sources
name such years by their two halves ("2024/25"), as every later step reads them: the year is
written so. Pure.
"""

from __future__ import annotations

import re

# "(financial) year ending (31st) march 2025", "twelve months to march 2024", "fy ending 2025",
# "fye march 26": a financial year ends on 31 March, so March 2025 ends 2024/25. A year ending
# in another month is not a financial year ("the year to december 2024" is 2024).
_FINANCIAL_YEAR_ENDING = re.compile(
    r"\b(?:(?:(?:financial|fiscal|budget) )?year|fy|(?:twelve|12) months)\s+"
    r"(?:ending|ended|ends|to|up to|until|till|through)\s+"
    r"(?:(?:the )?31(?:st)? (?:of )?)?(?:march|mar)\s+'?(?P<year>(?:20)?\d\d)\b(?![/-]\d)"
    r"|\b(?:financial|fiscal) year\s+(?:ending|ended)\s+(?P<bare>20\d\d)\b(?![/-]\d)"
    r"|\bfy\s+(?:ending|ended)\s+(?P<fy>20\d\d)\b(?![/-]\d)"
    r"|\bfye\s+(?:(?:31(?:st)? )?(?:march|mar)\s+)?'?(?P<fye>(?:20)?\d\d)\b(?![/-]\d)",
    re.IGNORECASE,
)
# "the academic (school) year ending july 2024", "the school year to august 2024": 2023/24.
_ACADEMIC_YEAR_ENDING = re.compile(
    r"\b(?:academic|school) year\s+(?:ending|ended|ends|to|up to|until|till|through)\s+"
    r"(?:(?:the )?3[01](?:st)? (?:of )?)?(?:july|jul|august|aug)\s+'?(?P<year>(?:20)?\d\d)\b"
    r"(?![/-]\d)",
    re.IGNORECASE,
)


# What every pattern above holds: a month a year ends in, "fy" ("fye") or "end" ("the
# financial year ending 2025").
_PARTS = ("mar", "jul", "aug", "fy", "end")


def _split_year(end: str) -> str:
    """ "2025" or "25", the year a year ends in, as the split year it ends: "2024/25"."""
    year = int(end) if len(end) == 4 else 2000 + int(end)
    return f"{year - 1}/{year % 100:02d}"


def with_years_by_their_halves(text: str) -> str:
    """`text` with each financial or academic year named by when it ends written as the sources
    write it ("the year to March 2025" -> "the 2024/25 financial year"); unchanged when it
    names none (nearly every question)."""
    lowered = text.lower()
    if not any(part in lowered for part in _PARTS):
        return text  # every pattern needs one of these: most questions are left at once

    def financial(found: re.Match[str]) -> str:
        end = found["year"] or found["bare"] or found["fy"] or found["fye"]
        return f"{_split_year(end)} financial year"

    text = _FINANCIAL_YEAR_ENDING.sub(financial, text)
    return _ACADEMIC_YEAR_ENDING.sub(
        lambda found: f"{_split_year(found['year'])} academic year", text
    )
