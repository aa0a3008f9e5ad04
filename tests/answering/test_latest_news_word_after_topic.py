"""More ways of asking for a topic's newest news, on the shipped base: a topic and a news word
and nothing else ("PINS update?", "the change programme - news pls") and "recentest". Each was
declined; each now gets the newest answer's word on the topic. ("Anything new" is left alone:
"anything new on SEND in the 2024 framework" asks what that framework adds.) Questions worded
for this test."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import asks_for_newest, without_latest
from sendbot.answering.match import Outcome

TODAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Partnerships for Inclusion of Neurodiversity update?", "pins-independent-evaluation"),
        ("pins news pls", "pins-independent-evaluation"),
        ("recentest news on supported internships", "supported-internships-pilot"),
        ("recentest word on pins", "pins-independent-evaluation"),
    ],
)
def test_news_asked_gets_the_newest_answers_word(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question, today=TODAY)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == fact_id, reply.text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("PINS update?", True),
        ("change programme - updates", True),
        ("recentest on the change programme?", True),
        # a first word asking something else: not the topic of a news word
        ("is there an update", False),
        ("what updates to the code of practice are planned", False),
        # "new" of a thing, not of news
        ("anything new on send in the 2024 framework", False),
    ],
)
def test_which_wordings_ask_for_news(question: str, asks: bool) -> None:
    assert asks_for_newest(question) is asks


def test_the_news_word_leaves_the_topic() -> None:
    assert without_latest("PINS update?") == "what's the on PINS"
