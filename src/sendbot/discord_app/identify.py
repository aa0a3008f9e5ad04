"""Pacing IDENTIFYs when several shards connect: Discord's session start limit.

Discord lets `max_concurrency` shards identify in each 5-second window; shard `id` is in
rate-limit bucket `id % max_concurrency`. discord.py's default hook sleeps 5 s before every
identify but the first, whatever the limit: with 16 shards that is over a minute at start for
a bot whose limit would allow all 16 at once. This waits only as long as the bucket needs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

WINDOW = 5.0  # seconds, per Discord's documentation of session_start_limit


class IdentifyPacer:
    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.max_concurrency = 1  # until Discord says otherwise: the safe value
        self.clock = clock
        self.sleep = sleep
        self._last: dict[int, float] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    async def wait(self, shard_id: int | None) -> None:
        """Return when shard `shard_id` may identify (and count it as identifying now)."""
        bucket = (shard_id or 0) % max(1, self.max_concurrency)
        lock = self._locks.setdefault(bucket, asyncio.Lock())
        async with lock:
            last = self._last.get(bucket)
            if last is not None:
                delay = last + WINDOW - self.clock()
                if delay > 0:
                    await self.sleep(delay)
            self._last[bucket] = self.clock()
