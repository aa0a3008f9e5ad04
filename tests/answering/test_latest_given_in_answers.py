"""On the shipped base: the newest figure asked for with who gave it and where ("the newest
high needs total the government has given in its written answers") is that measure's newest
figure: who gave it and in which answers say where to look, as "the latest" does, not what the
figure is of. Left in, "given" and "written answers" drew the question to an answer's record
and it was declined."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_latest
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "what's the newest high needs total the government has given in its written answers?",
            "high-needs-total-2025-26",
            "over £12 billion",
        ),
        (
            "the most recent special school pupil count the dfe has quoted in a pq?",
            "pupils-in-special-schools-2024-25",
            "200,000",
        ),
    ],
)
def test_who_gave_the_newest_figure_and_where_is_no_topic(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("the newest total the dfe has actually given in these answers?", "the total?"),
        ("latest EP count ministers have quoted in their answers", "EP count"),
        # Who gave it, with no answer named, is read as it was.
        ("latest % growth in high needs dfe has quoted", "% growth in high needs dfe has quoted"),
        ("high needs total according to the most recent dfe written answer", "high needs total"),
        # Said of something, not ending the question: what was said about it is asked.
        (
            "what's the latest the dfe has said about PINS",
            "what's the the dfe has said about PINS",
        ),
    ],
)
def test_who_gave_it_and_where_are_left_out_of_the_topic(question: str, read: str) -> None:
    assert without_latest(question) == read
