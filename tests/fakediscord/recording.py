"""What the bot sent, and waiting for it without sleeps or races."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class RecordedFile:
    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One HTTP request the bot made, as the fake saw it.

    `path` is relative to the API base (e.g. "/channels/123/messages"), already
    percent-decoded. `json` is the JSON body, or the `payload_json` part of a multipart
    upload (whose files are in `files`, other fields in `form`). `route` is the fake's
    route pattern, or None when no route matched (the fake then answered 404).
    `response` is the fake's JSON answer.
    """

    index: int
    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[RecordedFile] = field(default_factory=list)
    form: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    route: str | None = None
    status: int = 0
    response: Any = None

    def matches(self, method: str | None, path: str) -> bool:
        method_ok = method in (None, "*") or method.upper() == self.method
        return method_ok and re.fullmatch(path, self.path) is not None

    def __str__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.query.items())
        return f"{self.method} {self.path}{'?' + query if query else ''} -> {self.status}"


class Recorder:
    """Holds recorded requests and wakes waiters whenever something changes.

    `watch(task)` makes every wait fail fast with that task's exception if it dies, so a
    crashed `bot.start()` turns into a test failure instead of a timeout.
    """

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._taken: set[int] = set()
        self._changed = asyncio.Event()
        self._watched: list[asyncio.Task[Any]] = []
        self._indexes = itertools.count()

    def next_index(self) -> int:
        """Requests are numbered on arrival; they are added to `requests` once answered."""
        return next(self._indexes)

    def add(self, request: RecordedRequest) -> None:
        self.requests.append(request)
        self.notify()

    def notify(self) -> None:
        self._changed.set()

    def watch(self, task: asyncio.Task[Any]) -> None:
        self._watched.append(task)
        task.add_done_callback(lambda _: self.notify())

    def unwatch(self, task: asyncio.Task[Any]) -> None:
        if task in self._watched:
            self._watched.remove(task)

    def raise_if_crashed(self) -> None:
        for task in self._watched:
            if task.done() and not task.cancelled() and task.exception() is not None:
                raise RuntimeError(f"watched task {task.get_name()!r} died") from task.exception()

    def find(self, method: str | None, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.matches(method, path)]

    def first_untaken(
        self, method: str | None, path: str, predicate: Callable[[RecordedRequest], bool] | None
    ) -> RecordedRequest | None:
        for r in self.requests:
            if r.index in self._taken or not r.matches(method, path):
                continue
            if predicate is None or predicate(r):
                return r
        return None

    def take(self, request: RecordedRequest) -> RecordedRequest:
        self._taken.add(request.index)
        return request

    async def wait_until(
        self, probe: Callable[[], T | None], timeout: float, describe: Callable[[], str]
    ) -> T:
        """Return probe()'s first non-None value; re-probe after every change."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self.raise_if_crashed()
            found = probe()
            if found is not None:
                return found
            # Cleared only after probing, with no await in between: no change is missed.
            self._changed.clear()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(describe())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    def summary(self, last: int = 15) -> str:
        lines = [str(r) for r in self.requests[-last:]]
        return "recorded requests (latest last):\n  " + "\n  ".join(lines or ["<none>"])
