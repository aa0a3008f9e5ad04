"""What sort of message a line is (`Kind`): a question, chat, or a question about sendbot
itself; `chat_kind.kind_of` decides which. Pure."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    QUESTION = "question"
    GREETING = "greeting"
    THANKS = "thanks"
    BYE = "bye"
    ACK = "ack"  # "ok", "got it": an acknowledgement, not a question
    FEEDBACK = "feedback"  # "that's wrong", "useless bot": said of the last reply
    HELP = "help"
    ABOUT = "about"  # "who made you?": about sendbot itself
    # Help about one thing, each answered with a line of its own before the help:
    CURRENT = "current"  # "is this up to date?": how recent the sources are
    REPORT = "report"  # "how do I report a wrong answer?"
    PRIVACY = "privacy"  # "do you store my messages?"
    MEANING = "meaning"  # "what does partial mean?", "why didn't you answer?"
    LANGUAGE = "language"  # "can you speak welsh?"
    MEMORY = "memory"  # "do you remember what I asked before?": each message is read alone
    OWN_CASE = "own case"  # "can you help with my child's EHCP?": one child's case
    EMPTY = "empty"


# Help about one thing: the kinds a question about the bot may be narrowed to.
HELP_KINDS = frozenset(
    {Kind.HELP, Kind.ABOUT, Kind.CURRENT, Kind.REPORT, Kind.PRIVACY, Kind.MEANING}
    | {Kind.LANGUAGE, Kind.MEMORY, Kind.OWN_CASE}
)
