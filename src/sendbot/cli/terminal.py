"""Terminal chat over the knowledge base: the bot without Discord."""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import TextIO

from sendbot.answering.answer import QuestionTooLong, Reply
from sendbot.cli.chat_commands import command_reply, slash_question
from sendbot.cli.lines import CutLine, bounded_lines

PROMPT = "you> "
REPLY_PREFIX = "sendbot> "
QUIT_WORDS = frozenset({"quit", "exit", ":q", "/quit", "/exit"})
# A quote's or citation's lines, wrapped, stay indented under it.
_HANGING = ("> ", "— ")
# Kept on one line: a number and the word after it ("8 February", "£12 billion"), a month and
# its year.
_TOGETHER = re.compile(r"(?<=\d) (?=[A-Za-z£])|(?<=[a-z]) (?=\d{4}\b)")
_KEEP = "\ue000"  # a private-use character: textwrap breaks only at ASCII whitespace
# A command to type (`sendbot kb list`) is kept whole too: broken over two lines it cannot be
# copied as it is; one longer than a narrow line may still break.
_COMMAND = re.compile(r"`[^`\n]{1,38}`")


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
        print(wrapped(greeting, _width()), file=stdout)
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
        if interactive:
            text = wrapped(REPLY_PREFIX + text, _width())
        print(f"{text}\n", file=stdout, flush=True)
    return 0


def _width() -> int:
    # Asked at each reply, so a resized window is followed; never so narrow a word is alone.
    return max(shutil.get_terminal_size().columns, 40)


def wrapped(text: str, width: int) -> str:
    """`text` broken between words to fit `width` columns, as the terminal would otherwise
    break it in the middle of a word; a quote's or citation's later lines are indented under
    it. Words longer than a line (a link) are left whole, and every line keeps its words."""
    lines = []
    for line in text.splitlines():
        indent = " " * 2 if line.startswith(_HANGING) else ""
        kept = _TOGETHER.sub(_KEEP, line)
        kept = _COMMAND.sub(lambda found: found[0].replace(" ", _KEEP), kept)
        lines.append(
            textwrap.fill(
                kept,
                width - 1,  # a character in the last column makes some terminals wrap again
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            ).replace(_KEEP, " ")
            or line
        )
    return "\n".join(lines)


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
