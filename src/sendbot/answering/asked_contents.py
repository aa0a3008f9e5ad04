"""Questions asking what a document holds ("what does the contracts finder notice say about the
PINS evaluation", "what did the interim findings show", "the special school capacity number from
the capacity survey"), of a fact that only points to it ("Further information ... is available
on Contracts Finder", "will be published", "asked local authorities to provide data"): the
pointer is not what the document says, so the reply says the written answer does not give it.
Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The documents whose contents are asked: a notice, survey, statistics, findings, a report.
_DOCUMENT = (
    r"(?:notice|survey|data|census|statistics|stats|findings|report|publication|returns|"
    r"dataset|tables?)"
)
_ASKS_CONTENTS = re.compile(
    # "what does the contracts finder notice say", "what did the interim findings in autumn
    # 2025 show" (not "what does the evaluation look at", which the plan for it answers)
    rf"\bwhat (?:does|did|do|has|have) (?:\w+ ){{0,6}}?{_DOCUMENT}\b(?: \w+){{0,6}}? "
    r"(?:say|says|said|show|shows|showed|shown|find|found|give|gave|contain|tell|reveal|"
    r"revealed)\b|"
    # "what's in the notice", "what is in the january statistics"
    rf"\bwhat(?: s| is| was|s) (?:actually )?in (?:\w+ ){{0,5}}?{_DOCUMENT}\b|"
    # "the special school capacity number from the capacity survey", "figures in the census"
    # (not "is the data from the census broken down by type", which asks how it is split)
    rf"\b(?:number|numbers|figure|figures) (?:from|in) (?:\w+ ){{0,4}}?{_DOCUMENT}\b|"
    # "sen pupils by type of provision in jan 2025 - numbers?"
    r"\b(?:numbers|figures)$"
)
_CUES = ("what", "number", "figure")
# Where the document is, which the pointer gives: "link for the jan 2025 stats", "where can i
# get the figures".
_ASKS_WHERE = re.compile(r"\b(?:link|links|url|website|where|find|access)\b")


@lru_cache(maxsize=8)
def asks_what_it_holds(text: str) -> bool:
    """Whether a (folded) question asks what a document says or the figures it gives."""
    if not any(cue in text for cue in _CUES) or _ASKS_WHERE.search(text):
        return False
    return bool(_ASKS_CONTENTS.search(text))


# A fact's words that only point to where, or when, a document's contents are given.
_POINTS_TO = re.compile(
    r"\b(?:(?:is|are) published (?:on|by|in|at)|(?:is|are) available (?:on|at|from|in)|"
    r"can be (?:accessed|found|viewed)|accessed here|further information)\b"
)
_TO_BE_PUBLISHED = re.compile(r"\b(?:will be published|(?:are|is) expected (?:in|by|from))\b")
_ASKED_FOR = re.compile(r"\basked (?:\w+ ){0,3}?(?:to provide|for)\b")


def pointer_only(fact_text: str) -> str | None:
    """What a fact (its folded words) says of a document instead of its contents: "where" it
    is published, "when" it is expected, or "asked" (what it asked for); None when it says
    neither."""
    if _POINTS_TO.search(fact_text):
        return "where"
    if _TO_BE_PUBLISHED.search(fact_text):
        return "when"
    if _ASKED_FOR.search(fact_text):
        return "asked"
    return None
