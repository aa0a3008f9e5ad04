"""The interactive terminal chat: Ctrl-C clears a half-typed line, Ctrl-D or 'quit' leave."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sendbot.answering.answer import Reply
from sendbot.answering.match import Outcome
from sendbot.cli import terminal
from sendbot.cli.main import chat_greeting, main
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
    monkeypatch.setenv("COLUMNS", "200")  # each reply on one line
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


REPLY = (
    "Total high needs funding for children and young people with complex SEND is over £12 "
    "billion in the 2025/26 financial year.\n"
    '> "Total high needs funding for children and young people with complex special educational '
    'needs and disabilities (SEND) is over £12 billion in the 2025/26 financial year."\n'
    "— Written answer by Baroness Smith of Malvern (Department for Education), 16 June 2025, to "
    "a question asked 2 June 2025. Figures as of 16 June 2025.\n"
    "See https://questions-statements.parliament.uk/written-questions/detail/2025-06-02/HL7781"
)


def _chat_at_width(monkeypatch: pytest.MonkeyPatch, columns: int, reply: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    typed = iter(["what is the high needs budget now?"])

    def read_line(prompt: str = "") -> str:
        for line in typed:
            return line
        raise EOFError

    monkeypatch.setattr("builtins.input", read_line)
    out = Terminal()

    def ask(question: str) -> Reply:
        return Reply(question=question, outcome=Outcome.ANSWERED, text=reply)

    assert terminal.chat(ask, "hello", stdin=Terminal(), stdout=out) == 0
    return out.getvalue()


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_a_reply_wider_than_the_terminal_is_broken_between_words(
    monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    # The terminal broke it wherever the line reached the edge: "... Ask me some" / "thing
    # like", "to a ques" / "tion asked".
    shown = _chat_at_width(monkeypatch, columns, REPLY)
    reply = shown[shown.index("sendbot> ") :].rstrip("\n")
    lines = reply.splitlines()
    link = REPLY.rsplit(" ", 1)[1]
    assert all(len(line) < columns or line.endswith(link) for line in lines)
    assert reply.split() == ("sendbot> " + REPLY).split()  # every word, whole and in order
    # A quote's and a citation's later lines stay indented under it; nothing else is.
    quote = next(at for at, line in enumerate(lines) if line.startswith('> "'))
    citation = next(at for at, line in enumerate(lines) if line.startswith("— "))
    assert all(line.startswith("  ") for line in lines[quote + 1 : citation])
    assert not any(line.startswith(" ") for line in lines[:quote])
    # A date and an amount are never split over two lines.
    assert all(not line.endswith(("16", "£12", "June")) for line in lines)


def test_a_reply_that_fits_is_shown_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _chat_at_width(monkeypatch, 400, REPLY)
    assert "sendbot> " + REPLY + "\n" in shown


@pytest.mark.parametrize("columns", range(40, 90))
def test_a_command_to_type_is_never_broken_over_two_lines(columns: int) -> None:
    """The chat's opening line showed "(`sendbot kb" / "list` lists them)" at 80 columns, and
    the help "`sendbot kb list` in a terminal" split at other widths: neither could be copied."""
    kb = load(BUNDLED_KNOWLEDGE).kb
    help_text = "To browse every fact: /facts on Discord, or `sendbot kb list` in a terminal."
    for text in (chat_greeting(kb), "sendbot> I answer questions. " + help_text):
        shown = terminal.wrapped(text, columns)
        assert "`sendbot kb list`" in shown, shown
        assert shown.split() == text.split()
