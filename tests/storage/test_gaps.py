"""The unanswered-question log and answer stats: counted sensibly, private, bounded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from sendbot.storage.gaps import AnswerStats, GapLog


def ticking_clock() -> Callable[[], dt.datetime]:
    """A clock that moves on a minute every time it is read."""
    now = [dt.datetime(2024, 2, 8, 9, 0, tzinfo=dt.UTC)]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(minutes=1)
        return now[0]

    return clock


def test_questions_are_counted_ignoring_case_spacing_and_end_punctuation(tmp_path: Path) -> None:
    log = GapLog(tmp_path, clock=ticking_clock())
    log.record("How many EHCPs are there?", "abstained")
    log.record("how many  ehcps are there", "not-what-i-asked", suggested=["ehcp-count"])
    log.record("What about transport?", "abstained")
    log.record("how many EHCPs are there??", "abstained", suggested=["ehcp-count", "other"])

    top = log.top()

    assert [(gap.question, gap.count) for gap in top] == [
        ("how many EHCPs are there??", 3),
        ("What about transport?", 1),
    ]
    ehcp = top[0]
    assert (ehcp.first, ehcp.last) == ("2024-02-08T09:01:00Z", "2024-02-08T09:04:00Z")
    assert ehcp.reasons == {"abstained": 2, "not-what-i-asked": 1}
    assert ehcp.suggested == ("ehcp-count", "other")
    assert len(log.top(limit=1)) == 1


def test_no_user_ids_or_mentions_are_stored(tmp_path: Path) -> None:
    log = GapLog(tmp_path)
    log.record("<@123456789012345678> asked: @everyone what is <#987654321098765432>?", "abstained")
    log.record("my id is 123456789012345678, can you help <@&55555>", "abstained")

    stored = (tmp_path / "gaps.jsonl").read_text(encoding="utf-8")
    assert "123456789012345678" not in stored
    assert "987654321098765432" not in stored
    assert "55555" not in stored
    assert "@everyone" not in stored
    assert {gap.question for gap in log.top()} == {
        "my id is [id], can you help @role",
        "@someone asked: everyone what is #channel?",
    }


def test_the_log_stays_bounded_and_keeps_the_most_asked(tmp_path: Path) -> None:
    log = GapLog(tmp_path, max_bytes=4_000, max_questions=5)
    for round_number in range(30):
        log.record("the popular question", "abstained")
        log.record(f"a one-off question number {round_number}", "abstained")

    assert (tmp_path / "gaps.jsonl").stat().st_size <= 4_000 + 400
    top = log.top()
    assert top[0].question == "the popular question"
    assert top[0].count == 30
    assert len(top) <= 5 + 30  # compacted to 5, plus what came in since


def test_a_torn_last_line_is_skipped(tmp_path: Path) -> None:
    log = GapLog(tmp_path)
    log.record("a question", "abstained")
    with (tmp_path / "gaps.jsonl").open("a", encoding="utf-8") as file:
        file.write('{"key": "torn')
    log.record("a question", "abstained")

    assert [(gap.question, gap.count) for gap in log.top()] == [("a question", 2)]


def test_an_unknown_reason_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="reason must be one of"):
        GapLog(tmp_path).record("q", "bored")  # type: ignore[arg-type]


def test_answer_stats(tmp_path: Path) -> None:
    stats = AnswerStats(tmp_path, max_bytes=300)
    for _ in range(20):
        stats.record_answer("high-needs-budget")
    stats.record_answer("special-schools-opened")
    stats.record_abstain()
    stats.record_abstain()

    summary = stats.stats()

    assert (summary.answers, summary.abstains) == (21, 2)
    assert summary.top_facts == (("high-needs-budget", 20), ("special-schools-opened", 1))
    assert (tmp_path / "stats.jsonl").stat().st_size <= 300 + 100  # compacted as it grew


def test_empty_logs(tmp_path: Path) -> None:
    assert GapLog(tmp_path / "missing").top() == []
    assert AnswerStats(tmp_path / "missing").stats().answers == 0
