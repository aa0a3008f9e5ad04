"""`sendbot -v`: what a command reads and does, on standard error only; -vv adds debug lines;
the bot's token never appears in a log line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.runner import environment_without_settings, run_sendbot
from tests.conftest import REPO

TOKEN = "MTE5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"


def test_without_v_a_command_writes_nothing_to_standard_error(tmp_path: Path) -> None:
    result = run_sendbot("ask", "how many special schools opened?", cwd=REPO, data=tmp_path)
    assert result.returncode == 0
    assert result.stderr == ""


@pytest.mark.parametrize("where", ["before", "after"])
def test_v_says_which_base_and_data_directory_on_standard_error(tmp_path: Path, where: str) -> None:
    args = ["ask", "--json", "how many special schools opened?"]
    args = ["-v", *args] if where == "before" else [*args, "-v"]
    result = run_sendbot(*args, cwd=REPO, data=tmp_path)
    assert result.returncode == 0
    # Standard output is the JSON object and nothing else.
    assert json.loads(result.stdout)["fact_id"] == "special-schools-opened"
    lines = result.stderr.splitlines()
    assert any(" INFO sendbot.cli: knowledge base " in line for line in lines)
    assert any(
        f" INFO sendbot.cli: data directory {tmp_path} (set by SENDBOT_DATA)" in line
        for line in lines
    )
    assert any("170 facts from 15 source(s)" in line for line in lines)
    assert not any(" DEBUG " in line for line in lines)


@pytest.mark.parametrize("command", [["kb", "history"], ["kb", "gaps"], ["kb", "check"]])
def test_v_works_for_kb_commands_too(tmp_path: Path, command: list[str]) -> None:
    result = run_sendbot("-v", *command, cwd=REPO, data=tmp_path)
    assert result.returncode == 0
    assert " INFO sendbot.cli: knowledge base " in result.stderr
    assert " INFO " not in result.stdout


def test_vv_turns_on_debug_lines(tmp_path: Path) -> None:
    code = (
        "import importlib, logging, sys; m = importlib.import_module('sendbot.cli.main');"
        "sys.exit(m.main(['-vv', 'kb', 'history']) or "
        "logging.getLogger('sendbot.test').debug('a debug line'))"
    )
    env = environment_without_settings() | {"SENDBOT_DATA": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert result.returncode == 0
    assert "DEBUG sendbot.test: a debug line" in result.stderr


def test_the_token_is_never_written_to_the_log(tmp_path: Path) -> None:
    # Whatever logs it (a library's debug line, an exception's message), it comes out hidden.
    code = (
        "import importlib, logging, sys; m = importlib.import_module('sendbot.cli.main');"
        "m.main(['-vv', 'kb', 'history']);"
        "log = logging.getLogger('discord.http');"
        "log.warning('login with %s', sys.argv[1]);"
        "exec('try:\\n raise ValueError(sys.argv[1])\\nexcept ValueError:\\n"
        ' log.exception("failed")\')'
    )
    env = environment_without_settings() | {"SENDBOT_DATA": str(tmp_path), "DISCORD_TOKEN": TOKEN}
    result = subprocess.run(
        [sys.executable, "-c", code, TOKEN], capture_output=True, text=True, cwd=REPO, env=env
    )
    assert "login with [token]" in result.stderr
    assert "ValueError: [token]" in result.stderr
    assert TOKEN not in result.stderr


def test_the_bot_logs_what_it_read_only_with_v(tmp_path: Path) -> None:
    # `run` logs at INFO without -v (a service's log is its output), but not its settings.
    code = (
        "import importlib, logging; m = importlib.import_module('sendbot.cli.main');"
        "m._start_logging(0, service=True);"
        "logging.getLogger('sendbot.cli').info('settings line');"
        "logging.getLogger('sendbot.discord').info('bot line');"
        "m._start_logging(1, service=True);"
        "logging.getLogger('sendbot.cli').info('settings line with -v')"
    )
    env = environment_without_settings()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
    )
    lines = result.stderr.splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["bot line", "settings line with -v"]
