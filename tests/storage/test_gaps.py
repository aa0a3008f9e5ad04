"""The unanswered-question log and answer stats: counted sensibly, private, bounded, and
written off the caller's thread when the bot asks for that."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from sendbot.storage.database import DATABASE_FILE
from sendbot.storage.gaps import AnswerStats, GapLog
from sendbot.storage.writer import StateWriter
from tests.storage.storekit import stored_text


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

    stored = stored_text(tmp_path)
    assert "my id is" in stored  # the dump does show what was stored
    assert "123456789012345678" not in stored
    assert "987654321098765432" not in stored
    assert "55555" not in stored
    assert "@everyone" not in stored
    assert {gap.question for gap in log.top()} == {
        "my id is [id], can you help @role",
        "@someone asked: everyone what is #channel?",
    }


def test_the_log_stays_bounded_and_keeps_the_most_asked(tmp_path: Path) -> None:
    log = GapLog(tmp_path, max_questions=5, clock=ticking_clock())
    for round_number in range(30):
        log.record("the popular question", "abstained")
        log.record(f"a one-off question number {round_number}", "abstained")

    top = log.top(limit=100)
    assert top[0].question == "the popular question"
    assert top[0].count == 30
    assert len(top) == 5
    assert top[1].question == "a one-off question number 29"  # the newest of the rest


def test_an_unknown_reason_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="reason must be one of"):
        GapLog(tmp_path).record("q", "bored")  # type: ignore[arg-type]


def test_answer_stats(tmp_path: Path) -> None:
    stats = AnswerStats(tmp_path)
    for _ in range(20):
        stats.record_answer("high-needs-budget")
    stats.record_answer("special-schools-opened")
    stats.record_abstain()
    stats.record_abstain()

    summary = stats.stats()

    assert (summary.answers, summary.abstains) == (21, 2)
    assert summary.top_facts == (("high-needs-budget", 20), ("special-schools-opened", 1))
    assert stats.stats(limit=1).top_facts == (("high-needs-budget", 20),)


def test_empty_logs_read_as_empty_and_create_nothing(tmp_path: Path) -> None:
    assert GapLog(tmp_path / "missing").top() == []
    assert AnswerStats(tmp_path / "missing").stats().answers == 0
    assert not (tmp_path / "missing").exists()


def test_through_a_writer_records_are_queued_and_written_in_order(tmp_path: Path) -> None:
    writer = StateWriter(tmp_path)
    log, stats = GapLog(tmp_path, writer=writer), AnswerStats(tmp_path, writer=writer)
    for _ in range(50):
        log.record("a question", "abstained", suggested=["a-fact"])
        stats.record_abstain()
    stats.record_answer("a-fact")

    # Reading through the same objects waits for what they queued.
    assert [(gap.question, gap.count) for gap in log.top()] == [("a question", 50)]
    assert (stats.stats().answers, stats.stats().abstains) == (1, 50)
    stats.record_answer("a-fact")
    writer.close()  # writes what is still queued
    assert AnswerStats(tmp_path).stats().answers == 2
    with pytest.raises(RuntimeError, match="closed"):
        stats.record_answer("a-fact")
    assert stats.stats().answers == 2  # reading after the close does not wait for the worker


def test_a_failing_record_costs_only_itself(tmp_path: Path) -> None:
    writer = StateWriter(tmp_path)
    stats = AnswerStats(tmp_path, writer=writer)
    stats.record_answer("first")

    def broken(conn: object) -> None:
        raise RuntimeError("boom")

    writer.submit(broken)
    stats.record_answer("second")
    writer.close()
    assert AnswerStats(tmp_path).stats().top_facts == (("first", 1), ("second", 1))
    assert (tmp_path / DATABASE_FILE).exists()


def test_email_addresses_and_phone_numbers_are_not_kept(tmp_path: Path) -> None:
    # A parent's own details, typed into a question, reached every home server's moderators.
    log = GapLog(tmp_path)
    log.record("my son (tom.smith@example.co.uk, 07700 900123) needs an EHCP, who do I ring?",
               "abstained")  # fmt: skip
    log.record("call +44 7700 900123 about the 2024/25 £10.5bn, 1,500 places, 0.5%", "abstained")
    stored = stored_text(tmp_path)
    assert "example.co.uk" not in stored and "900123" not in stored
    assert {gap.question for gap in log.top()} == {
        "my son ([email], [phone]) needs an EHCP, who do I ring?",
        "call [phone] about the 2024/25 £10.5bn, 1,500 places, 0.5%",  # figures stay
    }


def test_an_old_unscrubbed_log_is_scrubbed_once_and_reads_never_scrub_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sendbot.storage import gaps

    GapLog(tmp_path).record("what about transport?", "abstained")
    # As an older sendbot left it: a question kept with an address and a terminal escape, and
    # no note that the log was scrubbed.
    with sqlite3.connect(tmp_path / DATABASE_FILE) as conn:
        conn.execute(
            "UPDATE gaps SET question = ?",
            ("email me at mum@example.org \x1b[2J about transport?",),
        )
        conn.execute("DELETE FROM counters WHERE name = ?", (gaps.SCRUBBED,))

    (gap,) = GapLog(tmp_path).top()
    assert gap.question == "email me at [email] about transport?"
    # Stored scrubbed, so the next reads take the question as it is.
    assert "mum@" not in stored_text(tmp_path)
    monkeypatch.setattr(gaps, "scrub", lambda text: pytest.fail("scrubbed on reading"))
    (gap,) = GapLog(tmp_path).top()
    assert gap.question == "email me at [email] about transport?"
