"""Starting and stopping: `sendbot run` and `sendbot sync` as a user runs them, and every way
of failing to start ending in one line and a non-zero exit, never a traceback or the token."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.discord_app.client import INTENT_REFUSED, LOGIN_REFUSED, serve
from sendbot.settings import Settings
from tests.conftest import REPO
from tests.fakediscord import FakeDiscord, discord_urls

# Names its source: with many sources, "who answered the question?" has no one answer.
ASKED_WHO = "who answered the question on progress with the SEND and AP improvement plan?"

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456"


class Child:
    """`python -m tests.e2e.child` (the real CLI, pointed at the fake) with its output."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        assert process.stdout is not None and process.stderr is not None
        self._readers = [
            asyncio.ensure_future(self._read(process.stdout, self.stdout)),
            asyncio.ensure_future(self._read(process.stderr, self.stderr)),
        ]

    async def _read(self, stream: asyncio.StreamReader, lines: list[str]) -> None:
        async for line in stream:
            lines.append(line.decode(errors="replace").rstrip("\n"))

    async def finish(self, timeout: float = 15.0) -> int:
        code = await asyncio.wait_for(self.process.wait(), timeout)
        await asyncio.gather(*self._readers)
        return code


async def spawn(fake: FakeDiscord, tmp_path: Path, *args: str, **env: str) -> Child:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DISCORD", "SENDBOT"))
    }
    environment |= {"SENDBOT_DATA": str(tmp_path / "data"), "NO_COLOR": "1", **env}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.e2e.child",
        fake.http_base,
        fake.gateway_url,
        *args,
        cwd=REPO,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    return Child(process)


def assert_clean(output: list[str]) -> None:
    text = "\n".join(output)
    assert "Traceback" not in text
    assert TOKEN not in text and TOKEN.split(".")[0] not in text


# discord.py's format, which the bot's log uses for sendbot's lines and discord.py's alike.
BOT_LOG_LINE = re.compile(r"\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] \[[A-Z]+ *\] [\w.]+: ")


def assert_one_format(log: list[str]) -> None:
    """Every line of the log in the bot's one format (a traceback's lines aside, which
    assert_clean rules out): it began in the command line's and switched as the client started."""
    assert log and all(BOT_LOG_LINE.match(line) for line in log), log


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_run_answers_then_stops_cleanly_on_a_signal(
    fake_discord: FakeDiscord, tmp_path: Path, signum: signal.Signals
) -> None:
    fake = fake_discord
    child = await spawn(
        fake, tmp_path, "run", DISCORD_TOKEN=TOKEN, SENDBOT_DEV_GUILD=str(fake.guild.id)
    )
    try:
        await fake.wait_for_identify(timeout=10)
        interaction = await fake.invoke_slash("ask", {"question": ASKED_WHO})
        callback = await fake.wait_for_callback(interaction, timeout=5)
        assert callback.json["data"]["embeds"][0]["title"].startswith(
            "Who answered the question on progress"
        )
        child.process.send_signal(signum)
        assert await child.finish() == 0
    finally:
        if child.process.returncode is None:
            child.process.kill()
            await child.finish()
    assert any(f"received {signum.name}: shutting down" in line for line in child.stderr)
    assert any("synced 8 slash commands" in line for line in child.stderr)
    assert any("SENDBOT_CHANNELS is not set" in line for line in child.stderr)
    assert fake.identify is not None and fake.identify["token"] == TOKEN
    assert_clean(child.stderr + child.stdout)
    assert_one_format(child.stderr)


async def test_sync_registers_and_prints_the_commands(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    child = await spawn(
        fake,
        tmp_path,
        "sync",
        DISCORD_TOKEN=TOKEN,
        SENDBOT_DEV_GUILD=str(fake.guild.id),
        SENDBOT_HOME_GUILDS=str(fake.guild.id),
    )
    assert await child.finish() == 0
    assert child.stdout == [
        f"registered 9 commands to guild {fake.guild.id} (guild:{fake.guild.id}), "
        "30 with their subcommands:",
        "  /kb add [source] [id] [as_of]",
        "  /kb edit fact [as_of]",
        "  /kb remove fact",
        "  /kb alias fact question [force]",
        "  /kb undo",
        "  /kb redo",
        "  /kb import file [name]",
        "  /kb ingest [file] [answer] [review]",
        "  /kb gaps [page]",
        "  /kb test",
        "  /kb history [fact]",
        "  /kb stats",
        "  /kb export",
        "  /kb reload",
        "  /ask question [private]",
        "  /fact id [private]",
        "  /facts [tag]",
        "  /source [source]",
        "  /help",
        "  /trend measure [private]",
        "  /settings channels add channel",
        "  /settings channels remove channel",
        "  /settings mod-roles add role",
        "  /settings mod-roles remove role",
        "  /settings show",
        "  /settings mentions on",
        "  /settings dms on",
        "  /settings audit [channel]",
        "  /settings reset setting",
        "  Ask sendbot (message menu)",
    ]
    assert {c["name"] for c in fake.commands(fake.guild)} >= {"ask", "kb", "settings"}
    assert (tmp_path / "data" / "command-sync.json").exists()
    assert fake.sessions == []  # logged in over REST only: no gateway connection
    assert_clean(child.stderr + child.stdout)


async def test_sync_to_a_server_sendbot_is_not_in_says_so_in_one_line(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    # A wrong or stale id in SENDBOT_HOME_GUILDS: Discord answers 403 Missing Access.
    fake, absent = fake_discord, 123456789012345678
    child = await spawn(
        fake, tmp_path, "sync", DISCORD_TOKEN=TOKEN, SENDBOT_HOME_GUILDS=f"{fake.guild.id},{absent}"
    )
    assert await child.finish() == 1
    assert child.stderr[-1] == (
        f"sendbot: could not register the slash commands in server {absent}: Discord says "
        "Missing Access: sendbot is not in that server, or was invited without the "
        "applications.commands scope; invite it there with the bot and applications.commands "
        "scopes, or take the id out of SENDBOT_HOME_GUILDS and SENDBOT_DEV_GUILD"
    )
    assert_clean(child.stderr + child.stdout)


@pytest.mark.parametrize("token", ["not-a-token", "x" * 30])
async def test_a_malformed_token_is_one_line(
    fake_discord: FakeDiscord, tmp_path: Path, token: str
) -> None:
    child = await spawn(fake_discord, tmp_path, "run", DISCORD_TOKEN=token)
    assert await child.finish() == 2
    assert child.stderr == [
        "sendbot: DISCORD_TOKEN does not look like a Discord bot token (three parts joined by "
        "dots, from the Developer Portal's Bot page; not the application id or the client "
        "secret)"
    ]
    assert token not in "\n".join(child.stderr + child.stdout)


async def test_a_refused_token_is_one_line(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    fake_discord.fail_next("GET", "/users/@me", status=401, code=0, message="401: Unauthorized")
    child = await spawn(fake_discord, tmp_path, "run", DISCORD_TOKEN=TOKEN)
    assert await child.finish() == 1
    assert child.stderr[-1] == f"sendbot: {LOGIN_REFUSED}"
    # discord.py's warnings about voice support, which sendbot does not use, are not shown.
    assert not any("voice" in line for line in child.stderr)
    assert_clean(child.stderr + child.stdout)


async def test_a_refused_intent_says_how_to_enable_it(
    fake_discord: FakeDiscord,
    shipped_index: FactIndex,
    make_settings: Callable[..., Settings],
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_discord.privileged_intents = 0
    settings = make_settings(answer_channels=(fake_discord.channel.id,))
    with discord_urls(fake_discord):
        code = await serve(settings, TOKEN, lambda: shipped_index)
    assert code == 1
    assert capsys.readouterr().err == f"sendbot: {INTENT_REFUSED}\n"
    assert "Message Content Intent" in INTENT_REFUSED


async def test_a_damaged_state_database_is_one_line_and_members_still_get_answers(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    # It stopped the bot (exit 2) for every server: the knowledge files were sound, only the
    # history, gaps and counts the database keeps could not be trusted.
    fake = fake_discord
    database = tmp_path / "data" / "state.sqlite3"
    database.parent.mkdir()
    database.write_bytes(b"garbage" * 100)
    child = await spawn(
        fake,
        tmp_path,
        "run",
        DISCORD_TOKEN=TOKEN,
        SENDBOT_DEV_GUILD=str(fake.guild.id),
        SENDBOT_HOME_GUILDS=str(fake.guild.id),
    )
    try:
        await fake.wait_for_identify(timeout=10)
        interaction = await fake.invoke_slash("ask", {"question": ASKED_WHO})
        callback = await fake.wait_for_callback(interaction, timeout=5)
        assert callback.json["data"]["embeds"][0]["title"].startswith(
            "Who answered the question on progress"
        )
        # /kb is not offered on the home server while its history cannot be trusted.
        assert "kb" not in {command["name"] for command in fake.commands(fake.guild)}
        child.process.send_signal(signal.SIGTERM)
        assert await child.finish() == 0
    finally:
        if child.process.returncode is None:
            child.process.kill()
            await child.finish()
    (said,) = [line for line in child.stderr if "state.sqlite3" in line]
    assert f"] [ERROR   ] sendbot.client: SENDBOT_DATA ({tmp_path / 'data'}): {database}: " in said
    assert said.endswith(
        "file is not a database; the knowledge files are unaffected: restore it from a "
        "backup, or move it aside to start history, gaps and stats afresh; until then sendbot "
        "answers from the knowledge files without /kb, the gap log, answer counts or the "
        "servers' /settings (their defaults apply)"
    )
    assert database.read_bytes() == b"garbage" * 100  # left as it was, to restore or inspect
    assert_clean(child.stderr + child.stdout)
    # The damaged database is said before the client starts: in the format of what follows.
    assert_one_format(child.stderr)
