"""Commands typed at the chat prompt: a Discord slash command or a shell command is not a
question, and asking it declined it ("I don't have that in my sources.") and logged it as a
gap. The chat says where that command is instead."""

from __future__ import annotations

# Discord's browsing commands and what does the same in a terminal.
_SLASH = {
    "facts": "sendbot kb list",
    "fact": "sendbot kb list",
    "source": "sendbot kb list",
    "trend": "sendbot trend",
    "kb": "sendbot kb",
}
# `sendbot kb` commands, typed without `sendbot` (as the banner's `sendbot kb list`).
_KB_COMMANDS = frozenset(
    "check test build fetch list add edit remove alias history undo redo gaps stats import".split()
)
_LEAVE = "leave the chat ('quit' or Ctrl-D) and run"
_LONGEST = 80  # a command echoed back is cut to this


def _shown(command: str) -> str:
    return command if len(command) <= _LONGEST else command[: _LONGEST - 3] + "..."


def slash_question(line: str) -> str | None:
    """The question in `/ask QUESTION`, which Discord's habit puts at the prompt."""
    head, _, rest = line.partition(" ")
    return rest.strip() or None if head.lower() == "/ask" else None


def command_reply(line: str) -> str | None:
    """What to say instead of answering `line` when it is a command; None for a question."""
    words = line.split()
    first = words[0].lower() if words else ""
    if first.startswith("/") and first[1:] in _SLASH:
        name, rest = first[1:], words[1:]
        if name == "kb":
            command = " ".join(["sendbot kb", *rest[:1]]) if rest else "sendbot kb --help"
        elif name == "trend":
            command = " ".join(["sendbot trend", *rest])
        else:
            command = _SLASH[name]
        return f"/{name} is a Discord command; here, {_LEAVE} `{_shown(command)}`."
    if first == "/ask":  # with nothing after it
        return 'Type the question itself, like "how many special schools opened?"'
    if first == "/settings":
        return "/settings is a Discord command, for each server's choices; the chat has none."
    if first == "sendbot" or (first == "kb" and len(words) > 1 and words[1] in _KB_COMMANDS):
        command = line.strip() if first == "sendbot" else f"sendbot {line.strip()}"
        return f"That is a command, not a question: {_LEAVE} `{_shown(command)}` in your shell."
    return None
