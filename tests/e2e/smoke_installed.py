"""Run an installed sendbot (not this checkout's source) on the fake Discord: log in, answer
/ask, stop cleanly on SIGTERM.

python -m tests.e2e.smoke_installed PYTHON WORKDIR

PYTHON is the interpreter of the environment sendbot was installed into; the bot runs in
WORKDIR with only this checkout's `tests` package added to its path (for tests.e2e.child,
which points discord.py at the fake). Used by scripts/smoke-wheel; exits non-zero on failure.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.fakediscord import FakeDiscord

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456"
QUESTION = "how many special schools opened?"


async def smoke(python: str, workdir: Path) -> list[str]:
    """What went wrong; empty when the installed bot answered and stopped cleanly."""
    fake = await FakeDiscord().start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD", "SENDBOT"))}
    env |= {
        "PYTHONPATH": str(REPO),  # for tests.e2e.child only: the checkout has no sendbot/
        "SENDBOT_DATA": str(workdir / "data"),
        "SENDBOT_DEV_GUILD": str(fake.guild.id),
        "DISCORD_TOKEN": TOKEN,
        "NO_COLOR": "1",
    }
    process = await asyncio.create_subprocess_exec(
        python,
        "-m",
        "tests.e2e.child",
        fake.http_base,
        fake.gateway_url,
        "run",
        cwd=workdir,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    failures = []
    try:
        await fake.wait_for_identify(timeout=60)
        interaction = await fake.invoke_slash("ask", {"question": QUESTION})
        callback = await fake.wait_for_callback(interaction, timeout=10)
        embed = callback.json["data"]["embeds"][0]
        if "15 new special schools" not in embed.get("description", ""):
            failures.append(f"unexpected answer: {embed}")
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 30)
        if code != 0:
            failures.append(f"exit status {code} after SIGTERM")
    finally:
        if process.returncode is None:
            process.kill()
        out, err = await process.communicate()
        await fake.stop()
    stderr = err.decode(errors="replace")
    for unwanted in ("Traceback", "voice", TOKEN.split(".")[0]):
        if unwanted in stderr + out.decode(errors="replace"):
            failures.append(f"{unwanted!r} in the output")
    if failures:
        failures.append(f"the bot's standard error:\n{stderr}")
    return failures


def main(argv: list[str]) -> int:
    python, workdir = argv
    failures = asyncio.run(smoke(python, Path(workdir)))
    for failure in failures:
        print(f"smoke: {failure}", file=sys.stderr)
    if not failures:
        print("smoke: the installed bot answered /ask on the fake Discord and stopped cleanly")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
