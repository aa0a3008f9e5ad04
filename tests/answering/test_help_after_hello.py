"""A help line typed after a hello ("hi, how does this work?"), with "whats" for "what's", or
asking what this is, gets the help reply; a hello alone is still a greeting, and a question
after a hello is still a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome


@pytest.mark.parametrize(
    "message",
    [
        "hello, how does this work",
        "hi how does it work",
        "hi there, what is this",
        "hey! whats this bot for",
        "hey whats the command list",
        "wat can you do",
        "whats this",
        "what is this for?",
    ],
)
def test_help_after_a_hello_gets_help(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.HELP, (message, reply.text)


@pytest.mark.parametrize("message", ["hi", "hello there", "hey there", "hi all", "hiya"])
def test_a_hello_alone_is_a_greeting(single_source_index: FactIndex, message: str) -> None:
    assert answer(single_source_index, message).outcome is Outcome.GREETING


def test_a_question_after_a_hello_is_a_question(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "hi, whats the high needs budget?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "high-needs-funding-2024-25"
