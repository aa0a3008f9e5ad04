"""Asked for a level's newest rise ("the newest rise in high needs money", "the last increase
in SEN funding") or whether the level has fallen ("has high needs funding gone down?"), and
answered with a rise of that level from an earlier written answer: a level may have several
measures of its rises (the yearly increase, the rise since a base year), and the matcher may
find one whose newest figure is older than another's. The newest word on whether the level
rose is the rise said last, of whichever of those measures, when its quote says the level
rose. Not when a span of years or a base year is asked ("over the last five years", "since
2019/20"), which is the other measure's, nor a period, nor a figure of a kind the rise said
last does not give ("the newest % rise"). Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.asked_span import asked_span
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fall_denied import asks_only_if_level_fell, quotes_an_increase
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.latest import answered_on, asks_for_newest
from sendbot.answering.measure_table import measure_table
from sendbot.answering.newest import Newest, newest_of_measure
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact, FigureKind

# A measure of a level's rises, named after the level's: "-increase", "-rise-since-2019-20".
_OF_RISES = re.compile(r"^-(?:increase|rise|growth)\b")
# A year or period named: "2019/20", "24/25", "2023".
_YEAR_OR_PERIOD = re.compile(r"\b(?:19|20)\d\d\b|\b\d\d[/-]\d\d\b")
# A span of years in figures or short words: "over 5 yrs", "than five years ago".
_SPAN_OF_YEARS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\s*(?:yrs?|years?)\b"
    r"|\b(?:yrs?|years?) ago\b",
    re.IGNORECASE,
)
# A percentage asked ("the newest % rise", "by what percent"): only a rise giving one answers.
_PERCENT_ASKED = re.compile(r"%|\bper ?cent|\bpercentage\b", re.IGNORECASE)


def rises_of(index: FactIndex, level: str) -> list[str]:
    """The measures of `level`'s rises, named after it ("high-needs-budget-increase",
    "high-needs-budget-rise-since-2019-20" of "high-needs-budget")."""
    return [
        measure
        for measure in measure_table(index).histories
        if measure.startswith(f"{level}-") and _OF_RISES.search(measure[len(level) :])
    ]


def rise_said_last(index: FactIndex, level: str) -> str | None:
    """Of `level`'s rise measures, the one whose newest fact was said last; None when it has
    none."""
    rises = rises_of(index, level)
    if not rises:
        return None
    histories = measure_table(index).histories
    return max(rises, key=lambda measure: answered_on(index, histories[measure][0]))


def newest_rise_asked(read: FirstReading) -> Newest | None:
    """The newest rise of the level whose rise answered a question asking for the newest rise
    or whether the level fell, when another of its rise measures was said later; None when
    the answer is already the rise said last, or the question asks what only its own gives."""
    result = read.newest.result
    best = result.best
    if not result.answered or best is None or not best.fact.measure:
        return None
    question = read.asked
    if not (asks_for_newest(read.spelt) or asks_only_if_level_fell(question)):
        return None
    index = read.index
    level = _level_of_rise(index, best.fact.measure)
    if level is None:
        return None
    last = rise_said_last(index, level)
    if last is None or last == best.fact.measure:
        return None
    newest = measure_table(index).histories[last][0]
    if answered_on(index, newest) <= answered_on(index, best.fact):
        return None
    if not quotes_an_increase(newest) or not _gives_what_is_asked(question, newest):
        return None
    return newest_of_measure(index, result, last, read.today, read.stale_months)


def _level_of_rise(index: FactIndex, measure: str) -> str | None:
    """The level `measure` measures the rises of ("high-needs-budget" of
    "high-needs-budget-rise-since-2019-20"); None when it is no rise measure."""
    histories = measure_table(index).histories
    for level in histories:
        if measure.startswith(f"{level}-") and _OF_RISES.search(measure[len(level) :]):
            return level
    return None


def _gives_what_is_asked(question: Question, newest: Fact) -> bool:
    """Not a span of years or a base year asked (the multi-year rise's own), nor a period, nor
    a percentage the newest rise does not give."""
    if asked_span(question) == "several" or "since" in question.words:
        return False  # "since 2019/20" names the base year of the multi-year rise
    if _SPAN_OF_YEARS.search(question.text):
        return False  # "over 5 yrs", "than 5 years ago": the multi-year rise's span
    if _YEAR_OR_PERIOD.search(question.text):
        return False  # a period asked is answered by its own figure, however old
    if _PERCENT_ASKED.search(question.text):
        return any(figure.kind is FigureKind.PERCENT for figure in newest.figures)
    return True
