"""'Can you answer questions about SEND policy?': what the bot is asked it can do names only
the whole field it covers, so the help reply says what it covers; a topic within the field is
still a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "could you answer questions on special needs policy?",
        "can you help with send law in england",
        "do you know about sen reforms",
    ],
)
def test_the_whole_field_asked_gets_help(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.HELP, (message, reply.outcome, reply.text)


@pytest.mark.parametrize(
    "message",
    ["can you tell me about send funding", "can you tell me how many special schools opened"],
)
def test_a_topic_in_the_field_is_a_question(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (message, reply.outcome, reply.text)
