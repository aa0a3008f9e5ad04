"""What the bot could not answer, and which facts it answered with: small tallies on disk.

Both logs are JSON lines in the data directory. Each line is a partial tally; recording
appends a tally of one, reading adds the lines up. When a file grows past `max_bytes` it is
compacted (rewritten atomically as one line per question, keeping the most asked), so the
files stay bounded. They store question wording and fact ids only: no user ids, and Discord
mentions or raw ids inside a question are blanked before anything is written.

    gaps.jsonl   {"key", "question", "count", "first", "last", "reasons": {reason: n},
                  "suggested": {fact_id: n}}
    stats.jsonl  {"answers": {fact_id: n}, "abstains": n}
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sendbot.knowledge.verbatim import question_key
from sendbot.storage.atomic import (
    append_line,
    exclusive_lock,
    remove_stale_temp_files,
    write_atomic,
)

GAPS_FILE = "gaps.jsonl"
STATS_FILE = "stats.jsonl"
Reason = Literal["abstained", "not-what-i-asked"]
REASONS: tuple[Reason, ...] = ("abstained", "not-what-i-asked")
MAX_QUESTION_LENGTH = 300
MAX_SUGGESTED = 10

_SCRUB = (
    (re.compile(r"<@!?\d+>"), "@someone"),
    (re.compile(r"<@&\d+>"), "@role"),
    (re.compile(r"<#\d+>"), "#channel"),
    (re.compile(r"@(everyone|here)\b", re.IGNORECASE), r"\1"),
    (re.compile(r"\b\d{15,21}\b"), "[id]"),  # a pasted Discord id is a user id all the same
)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def scrub(question: str) -> str:
    """The question as it may be stored: no mentions or ids, one line, bounded."""
    text = " ".join(question.split())
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


class _TallyFile:
    """A JSON-lines file of partial tallies, appended to and now and then compacted."""

    def __init__(
        self, path: Path, compact: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]
    ) -> None:
        self.path = path
        self._compact = compact

    def add(self, record: dict[str, Any], max_bytes: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        # Locked so a compaction in another process cannot drop this line.
        with exclusive_lock(self.path.with_name(self.path.name + ".lock")):
            # Not fsynced: a tally lost in a power cut is not worth a disk flush per question.
            append_line(self.path, line, durable=False)
            if self.path.stat().st_size > max_bytes:
                remove_stale_temp_files(self.path.parent, f".{self.path.name}.")
                lines = [json.dumps(r, ensure_ascii=False) for r in self._compact(self.read())]
                write_atomic(self.path, "".join(f"{line}\n" for line in lines).encode("utf-8"))

    def read(self) -> list[dict[str, Any]]:
        try:
            raw = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        records = []
        for line in raw.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a torn last line
            if isinstance(record, dict):
                records.append(record)
        return records


class GapLog:
    """Questions the bot abstained on, or whose answer the asker said missed the point."""

    def __init__(
        self,
        data_dir: Path,
        *,
        max_bytes: int = 1_000_000,
        max_questions: int = 1000,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._file = _TallyFile(Path(data_dir) / GAPS_FILE, self._keep_most_asked)
        self.max_bytes = max_bytes
        self.max_questions = max_questions
        self._clock = clock

    def record(self, question: str, reason: Reason, suggested: Iterable[str] = ()) -> None:
        if reason not in REASONS:
            raise ValueError(f"reason must be one of {', '.join(REASONS)}")
        text = scrub(question)
        key = question_key(text)
        if not key:
            return
        now = self._clock().astimezone(dt.UTC).isoformat(timespec="seconds")
        now = now.replace("+00:00", "Z")
        record = {
            "key": key,
            "question": text,
            "count": 1,
            "first": now,
            "last": now,
            "reasons": {reason: 1},
            "suggested": {fact_id: 1 for fact_id in list(suggested)[:MAX_SUGGESTED]},
        }
        self._file.add(record, self.max_bytes)

    def top(self, limit: int = 20) -> list[Gap]:
        """The most asked unanswered questions, with counts; most recent first among equals."""
        tallies = sorted(_merge_gaps(self._file.read()).values(), key=_rank, reverse=True)
        return [
            Gap(
                question=tally["question"],
                count=tally["count"],
                first=tally["first"],
                last=tally["last"],
                reasons=dict(tally["reasons"]),
                suggested=tuple(
                    fact_id for fact_id, _ in Counter(tally["suggested"]).most_common()
                ),
            )
            for tally in tallies[:limit]
        ]

    def _keep_most_asked(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        tallies = sorted(_merge_gaps(records).values(), key=_rank, reverse=True)
        return tallies[: self.max_questions]


class AnswerStats:
    """How often each fact was given as an answer, and how often the bot abstained."""

    def __init__(self, data_dir: Path, *, max_bytes: int = 200_000) -> None:
        self._file = _TallyFile(Path(data_dir) / STATS_FILE, lambda records: [_sum(records)])
        self.max_bytes = max_bytes

    def record_answer(self, fact_id: str) -> None:
        self._file.add({"answers": {fact_id: 1}, "abstains": 0}, self.max_bytes)

    def record_abstain(self) -> None:
        self._file.add({"answers": {}, "abstains": 1}, self.max_bytes)

    def stats(self, limit: int = 10) -> Stats:
        total = _sum(self._file.read())
        answers = Counter(total["answers"])
        return Stats(
            answers=sum(answers.values()),
            abstains=total["abstains"],
            top_facts=tuple(answers.most_common(limit)),
        )


def _merge_gaps(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        try:
            key, count, first, last = (
                record["key"],
                record["count"],
                record["first"],
                record["last"],
            )
            reasons, suggested = Counter(record["reasons"]), Counter(record["suggested"])
        except (KeyError, TypeError, ValueError):
            continue
        tally = merged.get(key)
        if tally is None:
            merged[key] = dict(record, reasons=reasons, suggested=suggested)
            continue
        tally["count"] += count
        tally["first"] = min(tally["first"], first)
        if last >= tally["last"]:
            tally["last"], tally["question"] = last, record["question"]
        tally["reasons"] += reasons
        tally["suggested"] += suggested
    for tally in merged.values():
        tally["suggested"] = dict(Counter(tally["suggested"]).most_common(MAX_SUGGESTED))
        tally["reasons"] = dict(tally["reasons"])
    return merged


def _rank(tally: dict[str, Any]) -> tuple[int, str]:
    return tally["count"], tally["last"]


def _sum(records: list[dict[str, Any]]) -> dict[str, Any]:
    answers: Counter[str] = Counter()
    abstains = 0
    for record in records:
        try:
            answers.update(record["answers"])
            abstains += int(record["abstains"])
        except (KeyError, TypeError, ValueError):
            continue
    return {"answers": dict(answers), "abstains": abstains}
