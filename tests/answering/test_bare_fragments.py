"""A whole message that is only a figure ("£2.6bn", "60%") or one word ("SENCO") asks nothing:
the asker is asked for a question, as for an empty line, and no fact is shown as an answer.
A word asked of ("SENCO?", "AP = ?") or read as the topic of a longer message ("pins - whats
the latest") is still a question."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize("message", ["£2.6bn", "60%", "£440 million", "SENCO", "tribunals"])
def test_a_fragment_asks_for_a_question(shipped_index: FactIndex, message: str) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP, (message, reply.text)
    assert reply.fact is None
    assert reply.text.startswith("Ask me a question")


def test_a_word_asked_of_is_a_question(shipped_index: FactIndex) -> None:
    assert answer(shipped_index, "PINS?").outcome is not Outcome.HELP


def test_the_topic_of_a_longer_message_is_not_a_fragment(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "ep training - what's the newest on it")
    assert reply.outcome is not Outcome.HELP
