"""A message that is only a topic and a news word ("<topic> update?") asks for the newest word
on the topic, as "the latest on <topic>" does: answered with it, not declined. A message asking
anything else about news is read as it is."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.bare_news_asked import bare_news_as_latest
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("neurodiversity in schools programme update?", "pins-independent-evaluation"),
        ("send reform updates pls", "schools-white-paper-early-new-year"),
    ],
)
def test_a_topic_and_a_news_word_gets_the_newest_word_on_it(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("pins update?", "the latest on pins?"),
        ("the white paper - news", "the latest on the white paper?"),
        ("what's the update", "what's the update"),
        ("any news?", "any news?"),
        ("is there an update on pins", "is there an update on pins"),
        ("latest pins update", "latest pins update"),  # the newest-asking rules read it
    ],
)
def test_what_is_read_as_the_latest_on_a_topic(message: str, read: str) -> None:
    assert bare_news_as_latest(message) == read


def test_news_off_topic_is_still_declined(shipped_index: FactIndex) -> None:
    assert answer(shipped_index, "football news?").outcome is Outcome.DECLINED
