"""The interactive terminal chat: Ctrl-C clears a half-typed line, Ctrl-D or 'quit' leave."""

from __future__ import annotations

import io

import pytest

from sendbot.answering.answer import Reply
from sendbot.cli import terminal


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
