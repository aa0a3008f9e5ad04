"""A message that is only a topic and a news word ("<topic> update?") asks for the newest word
on the topic, as "the latest on <topic>" does: answered with it, not declined. A message asking
anything else about news is read as it is; a topic the sources never speak of stays declined."""

import pytest

from sendbot.answering.answer import answer
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


def test_news_off_topic_is_still_declined(shipped_index: FactIndex) -> None:
    assert answer(shipped_index, "football news?").outcome is Outcome.DECLINED
