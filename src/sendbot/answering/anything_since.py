""" "Anything since 2023?", "any news on PINS since they announced it?", "anything after the
£18m?": asking for what is newer than the news the asker has, which the words after "since"
or "after" tell. Read as "anything more recent": the date, figure or event they name is the
asker's old news, not the period, figure or fact asked for. Pure.
"""

from __future__ import annotations

import re

# "anything (new / else / more)", or "any news / updates / word", then what it is on, then
# "since" (or "after" a figure) and what the asker already has, to the end of the sentence.
# Not "any" before another noun ("any special schools opened since 2010?" asks a count since
# 2010), nor "after" a date ("any word on whether it is extended after march 2025?" asks of
# that time).
_ANYTHING_SINCE = re.compile(
    r"\b(?P<ask>anything(?: (?:new|newer|else|more|further))?|"
    r"any (?:news|updates?|word|info|information|changes?|progress))"
    r"(?P<on>(?: (?:on|about|re|for|with|from) [^?!.,;:\n]*?)?)"
    r" (?:since|after(?= (?:the )?£?\d)) (?P<since>[^?!.,;:\n]+)",
    re.IGNORECASE,
)
# A figure the asker has ("the £18m", "the 76"), not a year: it names what the newer figure
# is of, so it stays ("anything more recent than the £18m from 2022" finds the £18m's topic).
_FIGURE = re.compile(r"^(?:the )?(?:£\s?\d|\d(?!\d\d\d\b))", re.IGNORECASE)


# A date the asker's news is from ("2023", "nov 2023", "the summer"): only it is dropped, the
# words after it are the question's ("anything since 2024 on PINS?").
_DATE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def anything_since(text: str) -> str:
    """ "is there anything on PINS since 2023?" -> "is there anything more recent on PINS?",
    "any news on the change programme since 2024?" -> "any news on the change programme?",
    "anything after the £18m?" -> "anything more recent than the £18m?"; as it is when it asks
    no such thing."""
    lowered = text.lower()
    if "since" not in lowered and "after" not in lowered:
        return text  # nearly every question
    return _ANYTHING_SINCE.sub(_more_recent, text)


def _more_recent(found: re.Match[str]) -> str:
    ask, on, since = found["ask"], found["on"], found["since"]
    figure = _FIGURE.match(since) is not None
    date = _DATE.match(since)
    rest = since[date.end() :] if date is not None else ""
    if not ask.lower().startswith("anything"):
        # "any news on X" asks for the newest already; what the asker has is said after it,
        # unless it is a figure, whose topic it names.
        return found[0] if figure else f"{ask}{on}{rest}"
    # ("anything new more recent" would keep "new", which no fact's topic is.)
    return f"anything more recent{on} than {since}" if figure else f"anything more recent{on}{rest}"
