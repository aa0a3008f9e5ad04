"""'PINS update?', 'any supported internships news?', 'news re pins?', 'anything new on
PINS?': a topic and a word asking for news of it, nothing more, asks the topic's newest word,
as 'latest on PINS?' does; a topic the sources never speak of stays declined. ('recentest', as
chat may write 'most recent', asks for the newest too.)"""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import asks_for_newest
from sendbot.answering.match import Outcome
from sendbot.answering.news_of_topic import as_latest_asked


@pytest.mark.parametrize(
    "message",
    [
        "pins news?",
        "news re pins",
        "anything new about PINS?",
        "neurodiversity in schools update pls",
    ],
)
def test_news_of_a_topic_the_sources_cover_is_its_newest_word(
    shipped_index: FactIndex, message: str
) -> None:
    latest = answer(shipped_index, "latest on pins?")
    reply = answer(shipped_index, message)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and latest.fact is not None
    assert reply.fact.id == latest.fact.id


def test_news_of_supported_internships_is_from_a_later_answer_than_the_first(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "any supported internships updates?")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.source is not None
    assert not reply.source.id.startswith("supported-internships")


@pytest.mark.parametrize(
    "message", ["bus lane update?", "anything new on fishing quotas", "news on the premier league"]
)
def test_news_of_a_topic_the_sources_never_speak_of_is_declined(
    shipped_index: FactIndex, message: str
) -> None:
    assert answer(shipped_index, message).outcome is Outcome.DECLINED


@pytest.mark.parametrize(
    "message",
    [
        "thanks for the update",
        "any news?",
        "good news",
        "how is pins going, any update",  # asks something of it: read as asked
        "update on it?",  # points back to an earlier message
        "high needs 2025/26 update?",  # a period: asked of a time
    ],
)
def test_other_messages_with_news_words_are_read_as_asked(
    shipped_index: FactIndex, message: str
) -> None:
    assert as_latest_asked(shipped_index, message) == message


def test_recentest_asks_for_the_newest_as_latest_does(shipped_index: FactIndex) -> None:
    # "most recent" as chat may write it
    assert asks_for_newest("recentest word on the high needs budget")
    reply = answer(shipped_index, "recentest high needs total?")
    latest = answer(shipped_index, "latest high needs total?")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and latest.fact is not None
    assert reply.fact.id == latest.fact.id
