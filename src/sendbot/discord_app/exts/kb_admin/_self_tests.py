"""The self-tests a /kb save compares: the base before the change and after it.

A save tells the moderator only what the change added (`_render.added_by_change`), so the
self-test before it matters only for the questions the one after flags. The full self-test of
the index serving now is kept (for the next save and /kb test); when the index before a change
has none kept, as on the first save after a start, only the questions the self-test after the
change flags are checked on it, instead of a second full run (about 4.5 s on the shipped base,
doubling the first save's wait). Each question is checked on its own, so the comparison is the
one two full runs would give. Blocks: run it off the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.selftest import SelfTest, found, self_test
from sendbot.discord_app.per_index import PerIndex

Run = Callable[..., SelfTest]  # `self_test`, or a stand-in with its signature


class SelfTests:
    def __init__(self, run: Run = self_test) -> None:
        self._run = run
        self._full = PerIndex(run)  # one index at a time: the one serving now

    def of(self, index: FactIndex) -> SelfTest:
        """The full self-test of `index`: kept, or run and kept."""
        return self._full.of(index)

    def around(self, before: FactIndex, after: FactIndex) -> tuple[SelfTest, SelfTest]:
        """(before, after) a change from index `before` to index `after`: the full self-test
        of `after` (kept), and that of `before` as far as the comparison needs it."""
        kept = self._full.kept(before)  # read before `after`'s run replaces it
        report = self.of(after)
        if kept is None:
            kept = self._run(before, asked=found(report))
        return kept, report
