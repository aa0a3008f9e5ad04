"""Where questions sendbot could not answer well are reported: a small protocol, no storage.

A knowledge store (or anything else) implements `MissRecorder` to collect them, so curators
see which questions need a fact. `record` is called on the bot's event loop: keep it quick
(append to memory or a file), and never let it raise for long-running work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

ABSTAINED = "abstained"  # sendbot declined: no fact was close enough
NOT_WHAT_I_ASKED = "not what I asked"  # the asker said the answer missed their question


class MissRecorder(Protocol):
    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        """`suggested`: the ids of the facts sendbot offered instead, best first."""


class NoMisses:
    """The default recorder: remembers nothing."""

    def record(self, question: str, reason: str, suggested: Sequence[str]) -> None:
        return None
