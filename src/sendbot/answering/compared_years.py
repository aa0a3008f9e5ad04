"""Questions comparing a figure in two years ("how much did it go up in 2024/25 vs
2023/24?") and facts that state such a change: the change answers the question, which is no
difference between two things to explain. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sendbot.answering.normalise import STOPWORDS, words
from sendbot.answering.question import Question
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.figures import AGE_WORDS
from sendbot.knowledge.model import Fact, Figure, FigureKind

_A_YEAR = r"(?:(?:19|20)\d\d(?:_\d\d)?|this year|last year|(?:the )?year before|previous year)"
# "2023_24 vs 2022_23", "go up by vs 2024_25", "in 2024_25 vs this year"; not "mainstream
# units vs special schools", a breakdown.
_YEARS_COMPARED = re.compile(
    rf"\b(?:(?:19|20)\d\d(?:_\d\d)?|year|before) (?:versus|vs)\b"
    rf"|\b(?:versus|vs) (?:the )?{_A_YEAR}\b"
    # "the difference between the number now and in 2015/16"; not "invested between 2022 and
    # 2025", a span
    rf"|\bdifference between (?:\w+ ){{0,6}}?(?:now|today|{_A_YEAR}) and (?:in )?"
    rf"(?:now|today|{_A_YEAR})\b"
)
# A figure whose label says it is a change, not a level: "increase in high needs funding in
# 2023/24 compared to 2022/23", "percentage increase ...", "more pupils placed in special schools
# compared to 2017". Labels, not quotes: the quote of "total high needs funding in 2023/24" says
# the rise that brought it there too.
_CHANGE_LABEL = re.compile(
    r"\b(?:increase|increased|increases|rise|rose|risen|growth|grew|grown|fall|fell|cut|cuts|"
    r"decrease|decreased|drop|higher|lower|compared)\b",
    re.IGNORECASE,
)
# A quote giving both ends of a change: "has increased from 115,000 to 200,000", "has gone
# down from ...".
_FROM_TO = re.compile(
    r"\b(?:increas(?:e|ed|ing)|rise|rose|risen|grown|grew|fall|fell|fallen|gone up|gone down) "
    r"from\b",
    re.IGNORECASE,
)


def compares_years(question: Question) -> bool:
    return bool(_YEARS_COMPARED.search(" ".join(question.words)))


def amounts(fact: Fact) -> tuple[Figure, ...]:
    """Its figures that say how much or how many: not dates, ages or spans of years ("the
    period over which the high needs budget rose": five years)."""
    return tuple(
        figure
        for figure in fact.figures
        if figure.kind is not FigureKind.DATE
        and not AGE_WORDS.search(_said(figure))
        and figure.unit not in _SPANS
    )


def gives_both_ends(quote: str) -> bool:
    """The quote says a change from one figure ("increased from 115,000 to 200,000"): both ends
    of it, each of which may be given with its year."""
    return _FROM_TO.search(quote) is not None


def is_change(figure: Figure) -> bool:
    """The figure is a rise or fall from another time, by its label."""
    return bool(_CHANGE_LABEL.search(figure.label))


def states_a_change(fact: Fact) -> bool:
    """One of its figures is a change, or it gives both ends of one ("from 115,000 to 200,000")."""
    given = amounts(fact)
    if any(is_change(figure) for figure in given):
        return True
    kinds = [figure.kind for figure in given]
    return gives_both_ends(fact.quote) and len(kinds) > len(set(kinds))


def gives_only_changes(fact: Fact) -> bool:
    """Every figure it gives of how much is a rise or fall: it says by how much something
    changed, not how much there is (nor does its quote, shown with it, give another sum)."""
    given = amounts(fact)
    return bool(given) and all(is_change(figure) for figure in given) and not _quote_says_more(fact)


def gives_a_level(fact: Fact) -> bool:
    """One of the figures it gives of how much is a level, not a rise or fall: "total high
    needs funding to £10.1 billion" beside the £970 million rise that brought it there."""
    return any(not is_change(figure) for figure in amounts(fact))


# A question asking the level a sum reached, not the rise: "the £970 million took total high
# needs funding to what?", "what does high needs total now?", "what's the overall figure".
TOTAL_ASKED = at_word_starts(
    r"\b(?:total|totals|totalled|totaled|overall|altogether|all in)\b"
    r"|\b(?:took|take|takes|taken|bring|brings|brought|bringing|get|gets|got) (?:\w+ ){1,6}?"
    r"to what\b",
    letters="abgot",
)


def asks_a_total(question: Question) -> bool:
    """The question asks the level a sum stands at ("what does it total"), not by how much it
    changed: a question asking "how much more" or comparing years asks the change."""
    return bool(TOTAL_ASKED.search(question.text)) and not compares_years(question)


# A quote that calls its sum a total: "bring the total high needs budget to over £10.5 billion".
_CALLS_IT_A_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)


def named_as_total(question: Question, fact: Fact, same_period: Sequence[Fact]) -> Fact:
    """ "High needs total 2024/25?" of a fact giving the year's sum as what backs a plan
    ("backed by over £10.5 billion in 2024/25"): a fact of the same period giving the same
    sums that calls it the total ("the total high needs budget to over £10.5 billion") says
    what was asked in its own words; `fact` otherwise."""
    if not asks_a_total(question) or _CALLS_IT_A_TOTAL.search(fact.quote):
        return fact
    sums = _sums_given(fact)
    if not sums:
        return fact
    return next(
        (
            other
            for other in same_period
            if _sums_given(other) == sums
            and gives_a_level(other)
            and _CALLS_IT_A_TOTAL.search(other.quote)
            and not _only_its_words_asked(question, fact, other)
        ),
        fact,
    )


def _only_its_words_asked(question: Question, fact: Fact, other: Fact) -> bool:
    """The question says words of `fact`'s quote that `other`'s lacks: "what total was the
    improvement plan backed by" asks for the plan's backing, in that answer's words."""
    asked = set(question.words) - STOPWORDS
    return bool(asked & (set(words(fact.quote)) - set(words(other.quote))))


def _sums_given(fact: Fact) -> frozenset[tuple[FigureKind, object]]:
    return frozenset((f.kind, f.value) for f in fact.figures if f.kind is not FigureKind.DATE)


def states_only_levels(fact: Fact) -> bool:
    """Every figure it gives of how much is a level, whatever its quote tells besides: what its
    statement, the reply's answer, gives ("backed by over £10.5 billion") when a sibling fact
    states the rise its quote also tells ("an increase ... of 60%")."""
    return bool(amounts(fact)) and not states_a_change(fact)


# A sum of money or a percentage as a quote says it: "£10.5 billion", "over 60%".
_SUM_OR_SHARE = re.compile(r"£\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?|\d[\d,.]*\s?%")


def _quote_says_more(fact: Fact) -> bool:
    """Its quote gives a sum or percentage none of its figures is: "will bring the total to
    over £10.5 billion, an increase of over 60%" said of the 60% alone."""
    said = {found.group(0) for found in _SUM_OR_SHARE.finditer(fact.quote)}
    given = [f for f in fact.figures if f.kind in (FigureKind.MONEY, FigureKind.PERCENT)]
    return len(said) > len(given)


_SPANS = frozenset({"years", "year", "months", "month"})


def _said(figure: Figure) -> str:
    return f"{figure.unit or ''} {figure.label}"
