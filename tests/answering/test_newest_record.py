"""On the shipped base: a question about the archive itself, the newest written answer of all,
of one House or of one minister, is answered from that answer's record (its date, who gave
it, what it was asked), with a line saying which answers it is the newest of. A question
naming a topic is left to the news on that topic."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.newest_record import newest_record
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "note"),
    [
        (
            "what's the most recent written answer in here?",
            "top-slicing-2026-02-26-answered-date",
            "This is the newest of the 15 written answers in my sources.",
        ),
        (
            "who gave the newest answer?",
            "top-slicing-2026-02-26-answered-by",
            "This is the newest of the 15 written answers in my sources.",
        ),
        (
            "newest lords answer you have, when was it",
            "places-2026-01-27-answered-date",
            "This is the newest of the 3 Lords written answers in my sources.",
        ),
        (
            "who answered the latest commons pq",
            "top-slicing-2026-02-26-answered-by",
            "This is the newest of the 12 Commons written answers in my sources.",
        ),
        (
            "when did catherine mckinnell last reply?",
            "nd-2025-06-09-answered-date",
            "This is the newest of the 2 written answers by Catherine McKinnell in my sources.",
        ),
        (
            "johnston's most recent answer - what was it about?",
            "sfs-2024-03-22-question",
            "This is the newest of the 5 written answers by David Johnston in my sources.",
        ),
    ],
)
def test_the_newest_answer_asked_about_is_told_by_its_record(
    shipped_index: FactIndex, question: str, fact_id: str, note: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert reply.text.endswith(note), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "latest answer on PINS?",  # a topic: the newest answer's word on it
        "whos the latest minister to answer on high needs funding",
        "what did the minister say most recently",  # what was said, not a record
        "what was the answer last year",  # "last" of a year, not of an answer
        "who answered the question?",  # no newest asked
    ],
)
def test_a_topic_or_no_newest_asked_is_not_the_archives_newest(
    shipped_index: FactIndex, question: str
) -> None:
    assert newest_record(shipped_index, question) is None
