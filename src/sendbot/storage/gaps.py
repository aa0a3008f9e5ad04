"""What the bot could not answer, and which facts it answered with: tallies in the state
database (`sendbot.storage.database`).

    gaps            one row per question (folded): latest wording, count, first and last time,
                    {reason: n}, {suggested fact id: n}; the `max_questions` most asked kept
    answer_counts   fact id -> times given as an answer
    counters        "abstains" -> times the bot declined

They store question wording and fact ids only: no user ids, and Discord mentions or raw ids
inside a question are blanked before anything is written. Given a `StateWriter`, recording
only queues the write (what the bot does while it answers); without one it writes at once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sendbot.answering.markup import TERMINAL_SEQUENCE
from sendbot.knowledge.verbatim import question_key
from sendbot.storage.database import has_state, opened, reading, transaction
from sendbot.storage.writer import Job, StateWriter

Reason = Literal["abstained", "partial", "not-what-i-asked"]
REASONS: tuple[Reason, ...] = ("abstained", "partial", "not-what-i-asked")
# What "abstained" counted before "partial" was noted apart (schema 5 renames it so; see
# `database.MIGRATIONS`): a refusal or a reply in part, which cannot be told apart now.
BEFORE_PARTIAL = "abstained-or-partial"
MAX_QUESTION_LENGTH = 300
MAX_SUGGESTED = 10
ABSTAINS = "abstains"
# The counters row holding the version of `scrub` every stored question has been through.
SCRUBBED = "gaps_scrubbed"
# Raise it whenever `_SCRUB` or `scrub` changes: the stored questions are scrubbed again, once
# (`scrub_stored`). 1: mentions, ids, email addresses, phone numbers, control characters.
SCRUB_VERSION = 1

_SCRUB = (
    (re.compile(r"<@!?\d+>"), "@someone"),
    (re.compile(r"<@&\d+>"), "@role"),
    (re.compile(r"<#\d+>"), "#channel"),
    (re.compile(r"@(everyone|here)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b\d{15,21}\b"), "[id]"),  # a pasted Discord id is a user id all the same
    # A parent asking about their own child may give their address or number; moderators
    # of every home server read the gaps list, so neither is kept.
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"(?<![\w£$€.,])(?:\+\d{1,3}|0)(?:[ -]?\d){9,12}(?!\d)"), "[phone]"),
)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _without_controls(text: str) -> str:
    """A terminal's escape sequences, then any control character left: Discord's ansi code
    blocks carry them in a message, and `kb gaps` prints questions to a terminal, which would
    obey them."""
    text = TERMINAL_SEQUENCE.sub(" ", text)
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)


def scrub(question: str) -> str:
    """The question as it may be stored: no mentions, ids, email addresses, phone numbers or
    control characters, one line, bounded."""
    text = " ".join(_without_controls(question).split())
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text[:MAX_QUESTION_LENGTH]


@dataclass(frozen=True, slots=True)
class Gap:
    question: str  # the most recent wording
    count: int
    first: str  # UTC ISO times
    last: str
    reasons: dict[str, int]
    suggested: tuple[str, ...]  # fact ids offered instead, most often first


@dataclass(frozen=True, slots=True)
class Stats:
    answers: int
    abstains: int
    top_facts: tuple[tuple[str, int], ...]  # (fact id, times answered), most first


@dataclass(frozen=True, slots=True)
class GapTally:
    """Some askings of one question, to be added to what is stored."""

    key: str
    question: str
    count: int
    first: str
    last: str
    reasons: Mapping[str, int]
    suggested: Mapping[str, int]
    base: str = ""  # the knowledge base asked (`knowledge_base_id`); "": not recorded


class _Tallies:
    """Runs a write through the writer when there is one, else at once."""

    def __init__(self, data_dir: Path, writer: StateWriter | None) -> None:
        self.data_dir = Path(data_dir)
        self._writer = writer

    def write(self, job: Job) -> None:
        if self._writer is not None:
            self._writer.submit(job)
            return
        with opened(self.data_dir) as conn, transaction(conn):
            job(conn)

    def readable(self) -> bool:
        """False when nothing was ever recorded (reading then creates nothing)."""
        if self._writer is not None:
            self._writer.flush()  # what this process recorded is seen
        return has_state(self.data_dir)


class GapLog:
    """Questions the bot abstained on, or whose answer the asker said missed the point."""

    def __init__(
        self,
        data_dir: Path,
        *,
        max_questions: int = 1000,
        clock: Callable[[], dt.datetime] = _utc_now,
        writer: StateWriter | None = None,
        base: str = "",
    ) -> None:
        """`base`: the knowledge base the questions are asked of (`knowledge_base_id`): one
        data directory may serve several, one after another or at once. Its questions are
        recorded as its own and `top` lists them, with those recorded before bases were
        noted; "" records and lists every base's."""
        self._tallies = _Tallies(data_dir, writer)
        self.max_questions = max_questions
        self._clock = clock
        self.base = base

    def record(self, question: str, reason: Reason, suggested: Iterable[str] = ()) -> None:
        if reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)}")
        text = scrub(question)
        key = question_key(text)
        if not key:
            return
        now = self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")
        now = now.replace("+00:00", "Z")
        tally = GapTally(
            key=key,
            question=text,
            count=1,
            first=now,
            last=now,
            reasons={reason: 1},
            suggested={fact_id: 1 for fact_id in list(suggested)[:MAX_SUGGESTED]},
            base=self.base,
        )
        limit = self.max_questions
        self._tallies.write(lambda conn: add_gap_tally(conn, tally, limit))

    def top(self, limit: int = 20) -> list[Gap]:
        """The most asked unanswered questions, with counts; most recent first among equals."""
        if not self._tallies.readable():
            return []
        with reading(self._tallies.data_dir) as conn:
            rows = conn.execute(
                "SELECT question, count, first, last, reasons, suggested FROM gaps"
                " WHERE ? = '' OR kb IN (?, '') ORDER BY count DESC, last DESC LIMIT ?",
                (self.base, self.base, limit),
            ).fetchall()
            # Scrubbed when written, and older rows once when the database was opened
            # (`scrub_stored`): only a database that could not be written then is scrubbed
            # here, on every read.
            clean = _scrubbed_version(conn) >= SCRUB_VERSION
        return [
            Gap(
                question=question if clean else scrub(question),
                count=count,
                first=first,
                last=last,
                reasons=json.loads(reasons),
                suggested=tuple(
                    fact_id for fact_id, _ in Counter(json.loads(suggested)).most_common()
                ),
            )
            for question, count, first, last, reasons, suggested in rows
        ]

    def of_other_bases(self) -> int:
        """How many questions `top` leaves out: asked of other knowledge bases served with
        this data directory."""
        if not self.base or not self._tallies.readable():
            return 0
        with reading(self._tallies.data_dir) as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM gaps WHERE kb NOT IN (?, '')", (self.base,)
            ).fetchone()
        return int(row[0])


class AnswerStats:
    """How often each fact was given as an answer, and how often the bot abstained."""

    def __init__(self, data_dir: Path, *, writer: StateWriter | None = None) -> None:
        self._tallies = _Tallies(data_dir, writer)

    def record_answer(self, fact_id: str) -> None:
        self._tallies.write(lambda conn: add_answer_tally(conn, {fact_id: 1}, 0))

    def record_abstain(self) -> None:
        self._tallies.write(lambda conn: add_answer_tally(conn, {}, 1))

    def stats(self, limit: int = 10) -> Stats:
        if not self._tallies.readable():
            return Stats(answers=0, abstains=0, top_facts=())
        with reading(self._tallies.data_dir) as conn:
            total = conn.execute("SELECT COALESCE(SUM(count), 0) FROM answer_counts").fetchone()
            abstains = conn.execute(
                "SELECT value FROM counters WHERE name = ?", (ABSTAINS,)
            ).fetchone()
            top = conn.execute(
                "SELECT fact_id, count FROM answer_counts ORDER BY count DESC, fact_id LIMIT ?",
                (limit,),
            ).fetchall()
        return Stats(
            answers=int(total[0]),
            abstains=int(abstains[0]) if abstains else 0,
            top_facts=tuple((fact_id, int(count)) for fact_id, count in top),
        )


def _scrubbed_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM counters WHERE name = ?", (SCRUBBED,)).fetchone()
    return int(row[0]) if row else 0


def scrub_stored(conn: sqlite3.Connection) -> None:
    """Scrub the questions stored before `scrub` took out all it does now (before control
    characters were, say), once: a counters row remembers the version they have been
    through. Reading then never scrubs: `kb gaps --limit 10000` scrubbed 10,000 questions on
    every read. A database that cannot be written is left as it is (`top` scrubs then)."""
    if _scrubbed_version(conn) >= SCRUB_VERSION:
        return  # the usual case: one indexed read
    try:
        with transaction(conn):
            if _scrubbed_version(conn) >= SCRUB_VERSION:  # another process did it meanwhile
                return
            rows = conn.execute("SELECT rowid, question FROM gaps").fetchall()
            conn.executemany(
                "UPDATE gaps SET question = ? WHERE rowid = ?",
                [(clean, rowid) for rowid, old in rows if (clean := scrub(old)) != old],
            )
            conn.execute(
                "INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)",
                (SCRUBBED, SCRUB_VERSION),
            )
    except sqlite3.OperationalError:  # a read-only database or disk
        return


def add_gap_tally(conn: sqlite3.Connection, tally: GapTally, max_questions: int) -> None:
    """Add `tally` to the stored one for its question and base; keep the `max_questions` most
    asked of that base."""
    row = conn.execute(
        "SELECT question, count, first, last, reasons, suggested FROM gaps"
        " WHERE kb = ? AND key = ?",
        (tally.base, tally.key),
    ).fetchone()
    reasons, suggested = Counter(tally.reasons), Counter(tally.suggested)
    if row is None:
        question, count, first, last = tally.question, tally.count, tally.first, tally.last
    else:
        question, count, first, last = row[0], row[1] + tally.count, row[2], row[3]
        first = min(first, tally.first)
        if tally.last >= last:
            last, question = tally.last, tally.question
        reasons += Counter(json.loads(row[4]))
        suggested += Counter(json.loads(row[5]))
    conn.execute(
        "INSERT OR REPLACE INTO gaps (kb, key, question, count, first, last, reasons, suggested)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            tally.base,
            tally.key,
            question,
            count,
            first,
            last,
            json.dumps(dict(reasons), ensure_ascii=False),
            json.dumps(dict(suggested.most_common(MAX_SUGGESTED)), ensure_ascii=False),
        ),
    )
    if row is None:
        conn.execute(
            "DELETE FROM gaps WHERE rowid IN (SELECT rowid FROM gaps WHERE kb = ?"
            " ORDER BY count, last LIMIT max(0, (SELECT COUNT(*) FROM gaps WHERE kb = ?) - ?))",
            (tally.base, tally.base, max_questions),
        )


def add_answer_tally(conn: sqlite3.Connection, answers: Mapping[str, int], abstains: int) -> None:
    """Add answer counts by fact id, and refusals, to the stored totals."""
    for fact_id, count in answers.items():
        conn.execute(
            "INSERT INTO answer_counts (fact_id, count) VALUES (?, ?)"
            " ON CONFLICT (fact_id) DO UPDATE SET count = count + excluded.count",
            (fact_id, count),
        )
    if abstains:
        conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
            (ABSTAINS, abstains),
        )
