"""A message and its first decision (`FirstReading`), which each second reading reads otherwise
(`SecondReading`: the message read in part or in other words); and how a second reading's
decision is given: only when surely right (`if_sure`), saying what was read and why (`read_as`).
Pure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from sendbot.answering.decided_as_worded import decide_as_worded
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.newest import Newest
from sendbot.answering.question import Question, analyse
from sendbot.answering.total_of_the_told import asks_only_a_total

# How sure a reading otherwise than as asked must be to be given (a second guess).
SURE_ALONE = 0.95


@dataclass(frozen=True)
class FirstReading:
    """A message and its first decision: what each second reading reads otherwise."""

    index: FactIndex
    question: str  # the message, without its sign-off, purpose and clause asking again
    spelt: str  # the same with its misspellings corrected: what was first decided
    newest: Newest  # the first decision
    today: dt.date | None
    stale_months: int
    # How a whole message is decided (`answer.decide`): passed in, as it tries the readings.
    decide: Callable[[FactIndex, str, dt.date | None, int], Newest]

    @cached_property
    def asked(self) -> Question:
        """`spelt` analysed: read once here for every second reading that reads it, when the
        first one does (most messages are answered by the first decision and need none)."""
        return analyse(self.spelt)

    def decided(self, text: str) -> Newest:
        """`text` decided as a message of its own: corrected, and read a second time in turn."""
        return self.decide(self.index, text, self.today, self.stale_months)

    def decided_as_worded(self, text: str) -> Newest:
        """`text` decided as it is worded: not corrected, and with no second reading."""
        return decide_as_worded(self.index, text, self.today, self.stale_months)


# A second reading: the message read otherwise, or None when that does not answer it.
SecondReading = Callable[[FirstReading], Newest | None]


def surely_answered_alone(
    read: FirstReading, part: str, why: str = "the rest of your message was left out"
) -> Newest | None:
    """Part of a message, decided alone and given as the message's answer when surely right;
    not a part asking only for a total ("..., what's the total?"), of what the rest names."""
    if asks_only_a_total(read.index, part):
        return None
    return if_sure(read.decided(part), part, why)


def if_sure(newest: Newest, part: str, why: str) -> Newest | None:
    """The decision on part of a message (or on the message in other words), given as the
    message's answer only when surely right: read otherwise than as asked, it is a second
    guess, and must be surer than a first answer."""
    if not newest.result.answered or newest.result.confidence < SURE_ALONE:
        return None
    return read_as(newest, part, why)


def read_as(newest: Newest, part: str, why: str) -> Newest:
    """The decision on part of a message, saying which part was read and why; how a relative
    period in that part ("last year") was read stays below it."""
    reading = f"“{part}” is read as your question: {why}."
    if newest.reading:
        reading = f"{reading}\n{newest.reading}"
    return replace(newest, reading=reading)
