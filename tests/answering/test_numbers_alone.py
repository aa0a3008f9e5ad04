"""A message of nothing but a number ("5", "2024", "1,500") names no topic: the asker is asked for a
question, as for an empty line; a fact is never shown for it. A figure with the words of what
it counts is still a question ("15 special schools?"); a sum alone ("£1 billion") is not
(test_bare_fragments.py), unless it is asked ("£10.5bn?")."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.match import FactIndex, Outcome


@pytest.mark.parametrize("message", ["5", "7?", "2023", "&12", "300!!", "1,500"])
def test_a_number_alone_asks_for_a_question(shipped_index: FactIndex, message: str) -> None:
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.HELP, (message, reply.text)
    assert reply.fact is None
    assert reply.text.startswith("Ask me a question")


def test_a_figure_with_words_is_still_a_question(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "15 special schools opened?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "special-schools-opened"


def test_a_sum_asked_alone_is_checked(single_source_index: FactIndex) -> None:
    """ "£10.5bn?" checks a sum, which names what it is of: the fact giving it, confirmed."""
    reply = answer(single_source_index, "£10.5bn?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "high-needs-funding-2024-25"
    assert reply.text.startswith("Yes: the written answer gives over £10.5 billion.\n")
