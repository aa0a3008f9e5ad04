"""'who answered the question on X, and when?' asks who gave a written answer and on what
date: both are the answer's own record, whatever X's own facts say about dates ("when will the
locations be announced?"). A date still to come of the topic ("who said X, and when will it
start?") is not the record's."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import _OF_THE_ANSWER_ITSELF
from tests.answering.expected_replies import assert_answered_with


def test_who_and_when_asks_of_the_answer_itself() -> None:
    for text in (
        "who answered the pq on the change programme, and when",
        "who replied to the question about ep training and when was that?",
        "who said high needs would rise by £440m, and when did they say it?",
        "who answered the lords question on the ifs report, and on what date?",
    ):
        assert _OF_THE_ANSWER_ITSELF.search(text), text


def test_a_date_to_come_is_the_topics_own() -> None:
    for text in (
        "who said supported internships would double, and when will that happen",
        "who answered the question on pins and when is the evaluation due",
        "who answered the question on where the special schools will be located",
    ):
        assert not _OF_THE_ANSWER_ITSELF.search(text), text


def test_who_and_when_of_the_special_schools_answer(shipped_index: FactIndex) -> None:
    # The answer's topic is when the locations will be announced: not what is asked.
    assert_answered_with(
        shipped_index,
        "who answered the question on where the new special free schools will be located and "
        "when was that",
        "sfs-2024-03-22-answered-date",
    )


def test_a_topic_date_to_come_is_not_the_record(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "who said supported internships would double, and when will that happen"
    )
    assert reply.fact is None or "document" not in reply.fact.tags, reply.text
