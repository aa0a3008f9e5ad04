"""README's transcripts are what sendbot prints: a new user compares them with their own."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.cli.runner import run_sendbot
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks() -> list[list[str]]:
    """The lines of each fenced block of README.md, fences left out."""
    blocks: list[list[str]] = []
    inside = False
    for line in README.splitlines(keepends=True):
        if line.lstrip().startswith("```"):
            inside = not inside
            if inside:
                blocks.append([])
        elif inside:
            blocks[-1].append(line)
    return blocks


def _transcript(command_start: str) -> tuple[str, str]:
    """The command of the README block whose `$ ` line starts with `command_start`, and the
    output shown after it, up to the next `$ ` line or the end of the block."""
    for lines in _blocks():
        for i, line in enumerate(lines):
            if line.startswith(f"$ {command_start}"):
                rest = lines[i + 1 :]
                end = next((j for j, out in enumerate(rest) if out.startswith("$ ")), len(rest))
                return line[2:].rstrip("\n"), "".join(rest[:end])
    raise AssertionError(f"no `$ {command_start}` in README.md")


def test_the_run_command_transcript_is_what_the_terminal_chat_prints(tmp_path: Path) -> None:
    command, shown = _transcript("printf ")
    printf, run = command.split(" | ")
    assert run == "scripts/run chat"
    questions = shlex.split(printf)[1].replace("\\n", "\n")
    result = run_sendbot("chat", cwd=REPO, data=tmp_path / "data", stdin=questions)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == shown


def test_the_installed_ask_transcript_is_what_ask_prints(tmp_path: Path) -> None:
    command, shown = _transcript('sendbot ask "')
    result = run_sendbot(*shlex.split(command)[1:], cwd=REPO, data=tmp_path / "data")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == shown


def test_the_held_out_sets_readme_names_are_those_tests_eval_held_out_lists() -> None:
    """README said final15 and multisource12 were still held out after their retirement."""
    listed = README.split("`tests/eval/HELD_OUT` lists the sets", 1)[1].split("(now ", 1)[1]
    named = set(re.findall(r"`([\w.]+\.yaml)`", re.split(r"[;)]", listed, maxsplit=1)[0]))
    held_out = {
        line.strip()
        for line in (REPO / "tests" / "eval" / "HELD_OUT").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert named == held_out


def test_the_knowledge_readmes_kb_check_example_is_what_kb_check_prints(tmp_path: Path) -> None:
    """The example under "Errors" in the README that `sendbot init` copies named a file, a
    line and a message that `kb check` never printed."""
    readme = (REPO / "src" / "sendbot" / "bundled_knowledge" / "README.md").read_text("utf-8")
    errors = readme.split("## Errors", 1)[1].split("```", 2)[1]
    command, *shown = errors.strip("\n").splitlines()
    assert command == "$ sendbot kb check my-knowledge"
    data = tmp_path / "data"
    assert run_sendbot("init", "my-knowledge", cwd=tmp_path, data=data).returncode == 0
    changed = tmp_path / "my-knowledge" / "send-ap-improvement-plan-2024-02-08.yaml"
    lines = changed.read_text(encoding="utf-8").splitlines(keepends=True)
    assert "Department for Education" in lines[212]
    lines[212] = lines[212].replace("Department for Education", "Department of Education")
    changed.write_text("".join(lines), encoding="utf-8")
    result = run_sendbot("kb", "check", "my-knowledge", cwd=tmp_path, data=data)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == shown
