"""The front end's miss reasons, translated in one place into the gap log's."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.answering.misses import ABSTAINED, NOT_WHAT_I_ASKED, PARTIAL, GapMisses, NoCounts
from sendbot.storage.gaps import AnswerStats, GapLog


def test_gap_misses_records_each_reason_in_the_gap_log(tmp_path: Path) -> None:
    log = GapLog(tmp_path)
    misses = GapMisses(log)
    misses.record("what about buses?", ABSTAINED, ["a", "b"])
    misses.record("What about buses", NOT_WHAT_I_ASKED, ["b"])
    misses.record("what about buses", PARTIAL, ["b"])
    [gap] = log.top()
    assert gap.count == 3
    assert gap.reasons == {"abstained": 1, "not-what-i-asked": 1, "partial": 1}
    assert gap.suggested == ("b", "a")


def test_an_unknown_reason_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown miss reason 'bored'"):
        GapMisses(GapLog(tmp_path)).record("q", "bored", [])


def test_answer_stats_and_no_counts_are_answer_counters(tmp_path: Path) -> None:
    for counter in (AnswerStats(tmp_path), NoCounts()):
        counter.record_answer("a")
        counter.record_abstain()
    assert AnswerStats(tmp_path).stats().answers == 1
