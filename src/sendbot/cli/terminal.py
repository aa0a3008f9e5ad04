"""Terminal chat over the knowledge base: the bot without Discord."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TextIO

from sendbot.answering.answer import QuestionTooLong, Reply

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
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Answer each line; interactive with a prompt on a terminal, one answer per line otherwise."""
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        _enable_line_editing()
        print(greeting, file=stdout)
    while True:
        try:
            line = input(PROMPT) if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print(file=stdout)
            return 0
        if not interactive and not line:
            return 0
        question = line.strip()
        if not question:
            continue
        if question.lower() in QUIT_WORDS:
            return 0
        try:
            text = ask(question).text
        except QuestionTooLong as exc:
            text = str(exc)
        print(f"sendbot> {text}\n" if interactive else f"{text}\n", file=stdout, flush=True)
