"""Terminal chat over the knowledge base: the bot without Discord."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from sendbot.answering.answer import QuestionTooLong, Reply
from sendbot.cli.chat_commands import command_reply, slash_question
from sendbot.cli.lines import CutLine, bounded_lines

PROMPT = "you> "
QUIT_WORDS = frozenset({"quit", "exit", ":q", "/quit", "/exit"})


def _enable_line_editing() -> None:
    # Importing readline gives input() line editing and history; not every platform has it.
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401


def chat(
    ask: Callable[[str], Reply],
    greeting: str,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Answer each line; interactive with a prompt on a terminal, one answer per line otherwise.
    The streams default to the ones in use when it is called, not when this was imported."""
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        _enable_line_editing()
        print(greeting, file=stdout)
    for line in _typed_lines(stdout) if interactive else bounded_lines(stdin):
        question = line.strip()
        if not question:
            continue
        if question.lower() in QUIT_WORDS:
            return 0
        question = slash_question(question) or question
        try:
            if isinstance(line, CutLine):
                text = line.too_long()
            else:
                text = command_reply(question) or ask(question).text
        except QuestionTooLong as exc:
            text = str(exc)
        print(f"sendbot> {text}\n" if interactive else f"{text}\n", file=stdout, flush=True)
    return 0


def _typed_lines(stdout: TextIO) -> Iterator[str]:
    """Lines typed at the prompt: Ctrl-C drops the half-typed line, Ctrl-D ends."""
    while True:
        try:
            yield input(PROMPT)
        except KeyboardInterrupt:
            print(file=stdout)
        except EOFError:
            print(file=stdout)
            return
