"""Where questions sendbot could not answer well are reported, and where answers are counted.

`MissRecorder` collects the questions it declined or that the asker said it got wrong, so
curators see which questions need a fact; `AnswerCounter` counts answers and refusals. Both
are called on the bot's event loop: keep them quick (append to memory or a file).

`GapMisses` records misses in a gap log (any `GapRecorder`, such as the data directory's
`sendbot.storage.gaps.GapLog`), translating the front end's reasons into the log's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, Protocol

from sendbot.answering.match import Outcome
from sendbot.answering.reply import Reply

ABSTAINED = "abstained"  # sendbot declined: no fact was close enough
PARTIAL = "partial"  # on topic, but the source lacks the detail asked: a related fact shown
NOT_WHAT_I_ASKED = "not what I asked"  # the asker said the answer missed their question

Reason = Literal["abstained", "partial", "not-what-i-asked"]
"""Why a question is in the gap log, as the log stores it."""

GAP_REASONS: dict[str, Reason] = {
    ABSTAINED: "abstained",
    PARTIAL: "partial",
    NOT_WHAT_I_ASKED: "not-what-i-asked",
}


class MissRecorder(Protocol):
    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        """`suggested`: the ids of the facts sendbot offered instead, best first."""


class AnswerCounter(Protocol):
    def record_answer(self, fact_id: str) -> None: ...

    def record_abstain(self) -> None: ...


class GapRecorder(Protocol):
    def record(self, question: str, reason: Reason, suggested: Sequence[str]) -> None: ...


class NoMisses:
    """The default recorder: remembers nothing."""

    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        return None


class NoCounts:
    """The default counter: counts nothing."""

    def record_answer(self, fact_id: str) -> None:
        return None

    def record_abstain(self) -> None:
        return None


class GapMisses:
    """A MissRecorder writing to a gap log (which stores no user ids)."""

    def __init__(self, log: GapRecorder) -> None:
        self.log = log

    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        try:
            gap_reason = GAP_REASONS[reason]
        except KeyError:
            raise ValueError(f"unknown miss reason {reason!r}") from None
        self.log.record(question, gap_reason, suggested)


def note_reply(
    reply: Reply,
    *,
    count: Callable[[str | None], None],
    miss: Callable[[str, str, Sequence[str]], None],
) -> None:
    """Count every answer (by fact id) and refusal (None); report every refusal and partial
    reply as a miss, each by its own reason (`/kb gaps` tells them apart).

    The one rule every front end follows, so the gap log and statistics mean the same thing
    whether people asked on Discord or in the terminal."""
    if reply.answered and reply.fact is not None:
        count(reply.fact.id)
    elif reply.outcome in {Outcome.DECLINED, Outcome.PARTIAL}:
        count(None)
        related = [reply.fact.id] if reply.fact else []  # partial: the fact shown as related
        reason = PARTIAL if reply.outcome is Outcome.PARTIAL else ABSTAINED
        miss(reply.question, reason, [*related, *(item.fact_id for item in reply.suggestions)])
