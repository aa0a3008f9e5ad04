"""What the terminal chat records for moderators (`kb gaps`, `kb stats`), as Discord does,
and how it does without: the chat answers from the knowledge base, which it only reads, so a
data directory it cannot write (a read-only mount, a full disk) costs the records, never the
answers. That is said once on standard error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sendbot.answering.misses import GapMisses, note_reply
from sendbot.answering.reply import Reply
from sendbot.cli.parsing import print_error, shown_path
from sendbot.storage.database import DatabaseError
from sendbot.storage.gaps import AnswerStats, GapLog

NOT_RECORDING = (
    "answering, but not recording unanswered questions (kb gaps) or answer counts (kb stats)"
)


def not_recording(why: str) -> None:
    """The one line saying the chat goes on without its records, and why."""
    print_error(f"{why}: {NOT_RECORDING}")


class ChatRecords:
    """Notes each reply in the data directory's gap log and answer counts. The first write
    that fails is said once, and nothing more is recorded: the chat goes on answering."""

    def __init__(self, data_dir: Path, base: str) -> None:
        self.data_dir = data_dir
        self._misses = GapMisses(GapLog(data_dir, base=base))
        self._stats = AnswerStats(data_dir)
        self.recording = True

    def note(self, reply: Reply) -> None:
        if not self.recording:
            return
        try:
            note_reply(reply, count=self._count, miss=self._misses.record)
        except (DatabaseError, sqlite3.Error, OSError) as exc:
            self.stop(exc)

    def stop(self, exc: Exception) -> None:
        """Records no more, saying why once."""
        self.recording = False
        if isinstance(exc, DatabaseError):
            # It names the database and why, and says when the disk is full or read-only.
            said = str(exc)
            if said.endswith("disk is full (the disk holding it is full)"):  # said twice
                said = said.removesuffix(" (the disk holding it is full)")
            not_recording(said)
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        not_recording(f"cannot record in the data directory {shown_path(self.data_dir)} ({reason})")

    def _count(self, fact_id: str | None) -> None:
        if fact_id is None:
            self._stats.record_abstain()
        else:
            self._stats.record_answer(fact_id)
