"""A topic named first, then the newest asked of it with "one" standing for it ("pupils in
special schools: what's the newest one you've got?"): read as the newest figure of the topic,
not as asking what "the one" is."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_latest
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "number of pupils in special schools: what's the newest one you've got?",
        "kids in special schools - whats the latest one u have",
    ],
)
def test_the_one_asked_is_the_topic_named_first(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.measure == "pupils-in-special-schools"


def test_one_asked_with_more_after_it_stays(shipped_index: FactIndex) -> None:
    # "one" followed by what it is of is no pointer back: the words stay.
    text = "high needs - what's the latest one for warwickshire"
    assert "one for warwickshire" in without_latest(text)
