"""Writes to the state database off the caller's thread: a queue drained by one worker.

The bot records every answer and every miss while it answers; with a `StateWriter` that costs
the event loop one queue put. The worker runs the queued jobs in order, everything waiting at
once in one transaction, on its own connection. `flush` waits until everything submitted so
far is written; `close` flushes and stops the worker.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sendbot.storage.database import connect, transaction

log = logging.getLogger("sendbot.storage.writer")

Job = Callable[[sqlite3.Connection], None]


class StateWriter:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._queue: queue.SimpleQueue[Job | threading.Event | None] = queue.SimpleQueue()
        self._start_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, job: Job) -> None:
        """Queue `job(conn)`, run later inside a transaction. Never blocks on the disk."""
        if self._closed:
            raise RuntimeError("the state writer is closed")
        self._start()
        self._queue.put(job)

    def flush(self) -> None:
        """Wait until every job submitted before this call has been written (or has failed)."""
        if self._thread is None or self._closed:  # closing wrote everything
            return
        done = threading.Event()
        self._queue.put(done)
        done.wait()

    def close(self) -> None:
        """Write what is queued, then stop the worker. Later `submit`s raise."""
        with self._start_lock:
            self._closed = True
            thread = self._thread
        if thread is None:
            return
        self._queue.put(None)
        thread.join()

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="sendbot-state-writer", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                batch, waiting, stop = self._take()
                if batch:
                    conn = self._write(conn, batch)
                for event in waiting:
                    event.set()
                if stop:
                    return
        finally:
            if conn is not None:
                conn.close()

    def _take(self) -> tuple[list[Job], list[threading.Event], bool]:
        """Everything queued now (waiting for the first item): jobs, flush events, stop?"""
        batch: list[Job] = []
        waiting: list[threading.Event] = []
        item = self._queue.get()
        while True:
            if item is None:
                return batch, waiting, True
            if isinstance(item, threading.Event):
                waiting.append(item)
            else:
                batch.append(item)
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, waiting, False

    def _write(
        self, conn: sqlite3.Connection | None, batch: list[Job]
    ) -> sqlite3.Connection | None:
        # Counts are not worth crashing the bot for: a failure is logged and the rest go on.
        try:
            if conn is None:
                conn = connect(self.data_dir)
            with transaction(conn):
                for job in batch:
                    _run_alone(conn, job)
        except Exception:
            log.exception("could not write %d queued record(s) to the state database", len(batch))
            if conn is not None:
                conn.close()
            return None
        return conn


def _run_alone(conn: sqlite3.Connection, job: Job) -> None:
    """Run one job in a savepoint, so that one failing job does not undo the others."""
    conn.execute("SAVEPOINT job")
    try:
        job(conn)
    except Exception:
        log.exception("a queued state record failed")
        conn.execute("ROLLBACK TO job")
    conn.execute("RELEASE job")
