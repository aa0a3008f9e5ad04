"""Identify pacing: shards in one rate-limit bucket wait 5 s apart; other buckets do not."""

from sendbot.discord_app.identify import WINDOW, IdentifyPacer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_one_shard_at_a_time_by_default() -> None:
    clock = Clock()
    pacer = IdentifyPacer(clock=clock, sleep=clock.sleep)
    for shard in range(3):
        await pacer.wait(shard)
    assert clock.slept == [WINDOW, WINDOW]


async def test_max_concurrency_lets_a_bucket_identify_together() -> None:
    clock = Clock()
    pacer = IdentifyPacer(clock=clock, sleep=clock.sleep)
    pacer.max_concurrency = 4
    for shard in range(4):
        await pacer.wait(shard)
    assert clock.slept == []
    await pacer.wait(4)  # bucket 0 again, at once: waits out the window
    assert clock.slept == [WINDOW]
    clock.now += 60
    await pacer.wait(1)  # long after: no wait
    assert clock.slept == [WINDOW]
