"""How fast the real bot answers /ask, and how much memory its process takes.

.venv/bin/python benchmarks/discord_latency.py [--asks 200] [--shards 2 --guilds 1000]

Starts tests.fakediscord here and `sendbot run` in its own process (tests/e2e/child.py: the
real CLI with discord.py pointed at the fake), waits until it is ready, then sends /ask
interactions one at a time, each from a different member (so no cooldown applies), and
measures from the moment the INTERACTION_CREATE is handed to the gateway to the moment the
bot's callback request reaches the fake. Prints p50/p90/p99/max, the bot process's CPU time
per /ask (which, unlike latency, other work on the machine does not inflate) and its
resident memory (VmRSS) after start and after the run. Linux only (reads /proc). Not a test.

With --guilds N the bot is in N servers (the gateway's READY lists them, one GUILD_CREATE
each, split over --shards shards as Discord would); the first is the home server, commands
are registered globally, and the questions go round the servers, so every shard answers.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests.fakediscord, and this checkout's bot package

from tests.fakediscord import FakeDiscord, FakeMember, FakeUser, add_guild, payloads  # noqa: E402
from tests.fakediscord.gateway import shard_of  # noqa: E402
from tests.fakediscord.models import snowflake  # noqa: E402

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456"
QUESTIONS = [
    "how many special schools opened?",
    "who answered the question?",
    "how much money for educational psychologists?",
    "what is the weather like?",  # declined: the refusal path
    "when was this answered?",
    "what is the npq for sencos?",
]
READY_LINE = "logged in as"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used: unlike latency, not inflated by other
    work on a busy machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_kib(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields


async def wait_for_line(stream: asyncio.StreamReader, text: str, log: list[str]) -> None:
    async for raw in stream:
        line = raw.decode(errors="replace").rstrip()
        log.append(line)
        if text in line:
            return
    raise RuntimeError("the bot exited before it was ready:\n" + "\n".join(log[-20:]))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def askers(fake: FakeDiscord, guilds: int, count: int) -> list[FakeMember]:
    """`count` different members, going round the servers (the extra ones made here)."""
    for n in range(guilds - 1):
        add_guild(fake.world, f"server{n}")
    servers = fake.world.guilds
    found: list[FakeMember] = []
    for n in range(count):
        guild = servers[n % len(servers)]
        found.append(guild.add_member(FakeUser(snowflake(), f"user{n}")))
    return found


async def run(asks: int, shards: int, guilds: int) -> int:
    fake = FakeDiscord(shards=shards)
    members = askers(fake, guilds, asks + 10)
    await fake.start()
    arrivals: dict[int, float] = {}
    next_index = fake.recorder.next_index

    def stamped() -> int:  # called as each request arrives, before the fake handles it
        index = next_index()
        arrivals[index] = time.perf_counter()
        return index

    fake.recorder.next_index = stamped  # type: ignore[method-assign]
    log: list[str] = []
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD", "SENDBOT"))}
        env |= {
            "DISCORD_TOKEN": TOKEN,
            "SENDBOT_HOME_GUILDS": str(fake.guild.id),
            "SENDBOT_DATA": data,
            "NO_COLOR": "1",
        }
        if guilds == 1:
            env["SENDBOT_DEV_GUILD"] = str(fake.guild.id)
        started = time.perf_counter()
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.e2e.child",
            fake.http_base,
            fake.gateway_url,
            "run",
            cwd=REPO,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        assert child.stderr is not None
        try:
            await asyncio.wait_for(wait_for_line(child.stderr, READY_LINE, log), 30)
            ready_after = time.perf_counter() - started
            drain = asyncio.ensure_future(wait_for_line(child.stderr, "\0never", log))
            at_start = memory_kib(child.pid)

            async def ask(member_number: int, question: str) -> float:
                member = members[member_number]
                guild = next(g for g in fake.world.guilds if g.get_member(member.id) is member)
                channel = guild.channel("general")
                payload = payloads.slash_command_interaction(
                    fake.world,
                    "ask",
                    {"question": question},
                    channel=channel,
                    invoker=member,
                    registered=fake._registered("ask", 1, channel),
                )
                sent = time.perf_counter()
                await fake.dispatch("INTERACTION_CREATE", payload)
                callback = await fake.wait_for_callback(payload, timeout=5)
                if callback.status != 200:
                    raise RuntimeError(f"callback refused: {callback.status} {callback.response}")
                return arrivals[callback.index] - sent

            for n in range(10):  # warm-up, not measured
                await ask(asks + n, QUESTIONS[n % len(QUESTIONS)])
            cpu_before = cpu_seconds(child.pid)
            latencies = [await ask(n, QUESTIONS[n % len(QUESTIONS)]) for n in range(asks)]
            cpu_per_ask = (cpu_seconds(child.pid) - cpu_before) / asks
            after_run = memory_kib(child.pid)
            child.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(child.wait(), 10)
            drain.cancel()
        finally:
            if child.returncode is None:
                child.kill()
                await child.wait()
            await fake.stop()

    ms = [value * 1000 for value in latencies]
    on_shards = sorted({shard_of(int(g.id), shards) for g in fake.world.guilds[: asks + 10]})
    print(
        f"{guilds} server(s) over {shards} shard(s); questions asked in servers on shards "
        f"{on_shards}"
    )
    print(f"/ask x{asks} (sequential, shipped knowledge base, {len(QUESTIONS)} questions rotating)")
    print(
        f"  dispatch -> callback: p50 {percentile(ms, 0.50):.2f} ms, "
        f"p90 {percentile(ms, 0.90):.2f} ms, p99 {percentile(ms, 0.99):.2f} ms, "
        f"max {max(ms):.2f} ms, mean {statistics.fmean(ms):.2f} ms"
    )
    print(f"  bot process CPU time per /ask: {cpu_per_ask * 1000:.2f} ms")
    print(f"  bot process ready (on_ready) after {ready_after:.2f} s")
    print(
        f"  bot process memory: VmRSS {at_start['VmRSS'] / 1024:.1f} MiB after start, "
        f"{after_run['VmRSS'] / 1024:.1f} MiB after the run (peak {after_run['VmHWM'] / 1024:.1f})"
    )
    print(f"  exit status after SIGTERM: {code}")
    return 0 if code == 0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asks", type=int, default=200, help="measured /ask interactions")
    parser.add_argument("--shards", type=int, default=1, help="shards Discord recommends")
    parser.add_argument("--guilds", type=int, default=1, help="servers the bot is in")
    args = parser.parse_args()
    return asyncio.run(run(args.asks, args.shards, args.guilds))


if __name__ == "__main__":
    raise SystemExit(main())
