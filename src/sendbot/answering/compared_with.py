"""The other time, cohort or regime a question compares a figure with, or asks a figure of:
"is that more than last year?", "how many was the last cohort?", "how many came out under the
old Ofsted regime?". A written answer's figure is of its own time; it answers such a question
only when it states the change itself. Pure.
"""

from __future__ import annotations

import re

# Asking to set a figure beside another: "how does that compare with", "more than", "vs",
# "what about over ten years", "an increase on before".
COMPARING = re.compile(
    r"\b(?:compar\w*|vs|versus|than|(?:what|how) about|(?:up|down|increase|rise) on)\b"
)
# A year before the figure's own: "last year", "the year before", "the previous academic year".
_EARLIER_YEAR = re.compile(
    r"\b(?:(?:the )?(?:last|previous|past|prior) (?:(?:academic|financial|school) )?year"
    r"|the (?:(?:academic|financial|school) )?year (?:before|prior))\b"
)
# Some time before, unnamed: "than before", "what was spent previously", "earlier".
_BEFORE = re.compile(
    r"\b(?:(?:than|on|from|to|with) (before|earlier|then)|(previously)|(before (?:that|then)))\b"
)
_A_FIGURE = re.compile(r"\d")
# The words a name of an earlier one ends before: "the previous programme reached", "the old
# regime and".
_NOT_NAMING = (
    r"(?!(?:and|or|to|in|for|of|on|at|by|with|was|were|is|are|do|does|did|had|has|have|s|get|"
    r"got|what|which|who|how|when|where|why|"
    r"reach|reached|train|trained|open|opened|publish|published|approve|approved|fund|funded|"
    r"spend|spent|give|gave|cost|make|made)\b)"
)
# Another cohort, round or regime: "the old Ofsted regime", "the previous neurodiversity
# programme", "the last round", "the one before". ("the last date", "the last answer" name no
# earlier one of the thing counted; "last" names one only before such a noun.)
_EARLIER_ONE = re.compile(
    # (not "an 18 year old", "how old": an age)
    r"\b(?:the |their |its |that )?(?<!year )(?<!years )(?<!how )"
    r"(?:old|previous|former|prior|original) "
    rf"(?!(?:answers?|questions?|reply|replies|pq)\b)(?:{_NOT_NAMING}\w+ )?{_NOT_NAMING}\w+"
    r"|\b(?:the |their |its )?(?:last|past) (?:\w+ )?(?:rounds?|cohorts?|intakes?|lot|batch|"
    r"waves?|scheme|programme|program|regime|framework|government|time)\b"
    r"|\b(?:the )?(?:round|cohort|intake|one|time|regime|scheme) before\b"
    # "how many did it reach in its first year": a time before the figure's own
    r"|\b(?:its|their|the) first (?:year|term|(?:few |six |6 |12 |twelve )?months)\b"
)


def compared_with(asked: str, figure_asked: bool, said: str) -> str | None:
    """The earlier time or thing named in the (folded) asking clauses `asked`, as written
    ("the last cohort"), when they compare a figure with it or (`figure_asked`) ask a figure
    of it; None otherwise. `said` is the whole (folded) question. A year ("how many opened
    last year?") is compared, not asked: the period of a figure asked is read elsewhere
    (`Question.period`)."""
    comparing = COMPARING.search(asked) is not None
    if not comparing and not figure_asked:
        return None  # most questions
    year = _EARLIER_YEAR.search(asked)
    earlier = _EARLIER_ONE.search(asked)
    if earlier is not None and (year is None or earlier.end() <= year.start()):
        return earlier[0]  # ... not "the previous academic" of "the previous academic year"
    if not comparing:
        return None
    if year is not None:
        return year[0]
    # Some time before, unnamed, is compared only with a figure the asker gives ("5000
    # registered, is that more than before?"): "is the budget more than before?" may be
    # answered by a rise a fact states.
    before = _BEFORE.search(asked) if _A_FIGURE.search(said) else None
    return next(word for word in before.groups() if word) if before else None


_UNNAMED = frozenset({"before", "earlier", "then", "previously", "before that", "before then"})


def is_a_year(named: str) -> bool:
    """ "last year", "the year before": a year before the figure's, which a change stated
    over one year is compared with."""
    return _EARLIER_YEAR.search(named) is not None


def is_unnamed(named: str) -> bool:
    """ "than before", "previously": some time before, which any change stated answers."""
    return named in _UNNAMED
