"""Asked whether a measure is being cut or has fallen ("are ministers cutting the SEN budget?"),
declined as a verdict no figure gives: the measure's newest figure answers when its quote says
the level rose, with a plain "No:" line before it (fall_denied). A measure whose newest quote
does not say it rose leaves the refusal standing. Pure.
"""

from __future__ import annotations

from sendbot.answering.asked_measure import named_measure
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fall_denied import asks_only_if_level_fell, quotes_an_increase
from sendbot.answering.first_reading import FirstReading
from sendbot.answering.match import Outcome
from sendbot.answering.measure_table import measure_table
from sendbot.answering.newest import Newest, newest_of_measure
from sendbot.answering.newest_rise import rise_said_last


def fall_answered_by_rise(read: FirstReading) -> Newest | None:
    """'is the high needs budget being cut?', declined: the newest figure of the measure it
    names, or of that measure's own measure of its rises ("high-needs-budget-increase"), when
    that figure's quote says the level rose."""
    result = read.newest.result
    question = read.asked
    if result.outcome is not Outcome.DECLINED or not asks_only_if_level_fell(question):
        return None
    named = named_measure(read.index, question)
    if named is None:
        return None
    measure = _rising_measure(read.index, named)
    if measure is None:
        return None
    return newest_of_measure(read.index, result, measure, read.today, read.stale_months)


def _rising_measure(index: FactIndex, named: str) -> str | None:
    """`named` when its newest fact's quote says the level rose; else, of the measures of its
    rises (named after it: "high-needs-budget-increase"), the one whose newest fact was said
    last, when that fact's quote says so; None when none does (a level alone says no rise)."""
    histories = measure_table(index).histories
    if quotes_an_increase(histories[named][0]):
        return named
    last = rise_said_last(index, named)
    return last if last is not None and quotes_an_increase(histories[last][0]) else None
