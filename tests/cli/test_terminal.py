"""The interactive terminal chat: Ctrl-C clears a half-typed line, Ctrl-D or 'quit' leave."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sendbot.answering.answer import Reply
from sendbot.cli import terminal
from sendbot.cli.main import main
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.loader import load


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_chat(monkeypatch: pytest.MonkeyPatch, keys: list[str | type[BaseException]]) -> list[str]:
    """Chat with `keys` typed at the prompt; the questions that were asked."""
    presses = iter(keys)

    def read_line(prompt: str = "") -> str:
        key = next(presses)
        if isinstance(key, str):
            return key
        raise key()

    monkeypatch.setattr("builtins.input", read_line)
    asked: list[str] = []

    def ask(question: str) -> Reply:
        asked.append(question)
        raise terminal.QuestionTooLong(len(question))  # any reply will do

    assert terminal.chat(ask, "hello", stdin=Terminal(), stdout=Terminal()) == 0
    return asked


def test_ctrl_c_clears_the_line_and_the_chat_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = run_chat(monkeypatch, ["first", KeyboardInterrupt, "second", "quit"])
    assert asked == ["first", "second"]


def test_ctrl_d_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_chat(monkeypatch, ["first", EOFError, "never asked"]) == ["first"]


def test_the_chat_opens_with_two_short_lines_not_every_source_title(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    greetings: list[str] = []

    def chat(ask: object, greeting: str) -> int:
        greetings.append(greeting)
        return 0

    monkeypatch.setattr(terminal, "chat", chat)
    assert main(["chat", "--data", str(tmp_path / "data")]) == 0
    (greeting,) = greetings
    kb = load(BUNDLED_KNOWLEDGE).kb
    lines = greeting.splitlines()
    assert lines[0] == "Ask a question. Ctrl-C clears the line; Ctrl-D or 'quit' leaves."
    assert lines[1].startswith(f"sendbot: {len(kb)} facts from {len(kb.sources)} sources, ")
    assert lines[1].endswith("(`sendbot kb list` lists them).")
    assert len(lines) == 2 and len(lines[1]) <= 120
    assert not any(source.title in greeting for source in kb.sources)


def test_commands_typed_as_questions_say_where_the_command_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each was asked, declined ("I don't have that in my sources.") and logged as a gap.
    typed = ["/facts", "/kb alias", "kb list", "sendbot kb list", "/ask", "/settings show"]
    out = Terminal()
    replies = iter(typed)

    def read_line(prompt: str = "") -> str:
        for line in replies:
            return line
        raise EOFError

    monkeypatch.setattr("builtins.input", read_line)
    asked: list[str] = []

    def ask(question: str) -> Reply:
        asked.append(question)
        raise terminal.QuestionTooLong(len(question))

    assert terminal.chat(ask, "hello", stdin=Terminal(), stdout=out) == 0
    assert asked == []
    said = [line for line in out.getvalue().splitlines() if line.startswith("sendbot> ")]
    leave = "leave the chat ('quit' or Ctrl-D) and run"
    assert said == [
        f"sendbot> /facts is a Discord command; here, {leave} `sendbot kb list`.",
        f"sendbot> /kb is a Discord command; here, {leave} `sendbot kb alias`.",
        f"sendbot> That is a command, not a question: {leave} `sendbot kb list` in your shell.",
        f"sendbot> That is a command, not a question: {leave} `sendbot kb list` in your shell.",
        'sendbot> Type the question itself, like "how many special schools opened?"',
        "sendbot> /settings is a Discord command, for each server's choices; the chat has none.",
    ]


def test_slash_ask_in_the_chat_asks_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = run_chat(
        monkeypatch, ["/ask how many special schools opened?", "kb of send?", EOFError]
    )
    assert asked == ["how many special schools opened?", "kb of send?"]
