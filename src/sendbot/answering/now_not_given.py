"""A figure asked for the present year ("this year", "this yr", "the current financial year")
when no written answer gives one for it: the reply is partial, saying first that the sources
give no figure for that year and naming the period of the newest one, as a time asked after the
sources ("this term") is. The newest figure, given as the answer, would read as this year's.
Pure.
"""

from __future__ import annotations

from sendbot.answering.trend import measure_phrase
from sendbot.knowledge.periods import period_label


def now_not_given_line(measure: str, asked: str, phrase: str, newest: str) -> str:
    """ "The written answers give no high needs budget figure for 2026/27 ("this year"): the
    newest is for 2025/26." `asked` and `newest` are period texts ("2026/27")."""
    return (
        f"The written answers give no {measure_phrase(measure)} figure for "
        f"{period_label(asked)} (“{phrase}”): the newest is for {period_label(newest)}."
    )
