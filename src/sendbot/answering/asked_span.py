"""Whether a question asks for a change over one year or over several: "the year-on-year
increase in high needs" is the yearly increase, "how much has high needs grown over the last
few years" the rise since a base year. The two are sibling measures of one thing, told apart
by "since" in the multi-year one's key (`high-needs-budget-increase`,
`high-needs-budget-rise-since-2019-20`). Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.measure_table import measure_table, measure_terms
from sendbot.answering.question import Question

# "over the last few years", "over five years", "in recent years". (Not "since 2023/24": a
# base year other than the multi-year measure's own is neither measure.)
_SEVERAL_YEARS = re.compile(
    r"\b(?:(?:last|past|previous|recent) (?:few |several |couple of |\d+ |"
    r"(?:two|three|four|five|six|seven|eight|nine|ten) )?years|over (?:the )?(?:\w+ )?years|"
    # "over the longer term", "long-run growth": several years, no one year
    r"(?:long|longer) (?:term|run))\b"
)
# "year-on-year", "yearly", "annual", "each year", "per year".
_ONE_YEAR = re.compile(r"\b(?:year on year|yearly|annual|annually|(?:each|every|per) year)\b")
# Words without which neither reading can be asked: the regexes run only when one is there.
_SPAN_WORDS = frozenset({"year", "years", "yearly", "annual", "annually", "term", "run"})
_SINCE = "since"
# "has high needs gone up again": a rise after the last one.
_AGAIN = "again"
_YEARISH = re.compile(r"\d")


# "has high needs funding gone up?", "have special school numbers risen recently": whether it
# has risen lately, asked of no span, base year or figure.
# "did high needs go up or down lately", "has hn funding been bumped up recently": the same,
# asked in the past tense or of the rise given.
_HAS_RISEN = re.compile(
    r"^(?:has|have) (?:\w+ ){1,6}?(?:gone up|risen|increased|grown|go up|went up|bumped|"
    r"jumped|hiked|been (?:bumped up|raised|increased|boosted|topped up|uplifted))\b|"
    r"^did (?:\w+ ){1,6}?(?:go up|rise|increase|grow|get (?:a |an )?(?:bump|boost|rise|"
    r"increase|uplift))\b"
)


def asks_newest_rise(question: Question) -> bool:
    """ "Has it gone up again?" asks for the newest rise after the last one; "has high needs
    funding gone up?", naming no span, base year ("since 2019/20") or figure ("by 60%?"), asks
    whether it rose lately, which the newest rise says."""
    if _AGAIN in question.words:
        return True
    return (
        question.checking
        and _SINCE not in question.words
        and _SPAN_WORDS.isdisjoint(question.words)
        and _YEARISH.search(question.text) is None
        and _HAS_RISEN.search(" ".join(question.words)) is not None
    )


def asked_span(question: Question) -> str | None:
    """ "several" for a change over several years, "one" for a yearly change, else None
    (or when the question says both). A question asking for the newest rise
    (`asks_newest_rise`) asks for a yearly change, unless a span of years is named."""
    if _SPAN_WORDS.isdisjoint(question.words):
        return "one" if asks_newest_rise(question) else None
    text = " ".join(question.words)
    several = _SEVERAL_YEARS.search(text) is not None
    one = _ONE_YEAR.search(text) is not None
    if several == one:
        return None
    return "several" if several else "one"


def measure_for_span(index: FactIndex, question: Question, measure: str) -> str:
    """`measure`, or its sibling of the span the question asks: a change measure with
    "since" in its key reports a change over several years, one without it a yearly change;
    siblings share every other word of their keys. `measure` when there is no such sibling."""
    span = asked_span(question)
    if span is None:
        return measure
    table = measure_table(index)
    terms = measure_terms(index, measure)
    if table.change.isdisjoint(terms) or (_SINCE in terms) == (span == "several"):
        return measure  # not a change, or already the span asked
    core = _core(index, measure)
    for other in table.histories:
        other_terms = measure_terms(index, other)
        if other == measure or table.change.isdisjoint(other_terms):
            continue
        if (_SINCE in other_terms) == (span == "several") and _core(index, other) == core:
            return other
    return measure


def _core(index: FactIndex, measure: str) -> frozenset[str]:
    """A change measure's key without its change and span words: what changes."""
    table = measure_table(index)
    terms = measure_terms(index, measure) - table.change - {_SINCE}
    return frozenset(term for term in terms if not _YEARISH.search(term))
