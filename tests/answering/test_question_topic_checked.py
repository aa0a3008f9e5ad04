"""A check of what a written question was about, the question named by its month ("was the nov
2023 question about EPs?", "the feb 2023 question was about high needs funding?", "the nov
2023 pq asked about recruitment?"): the month and year say which question, and are no date
being checked, so the question's wording answers, not the day it was asked or answered (each
was answered with the asked or answered date, or declined)."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question_topic_checked import checks_question_topic
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("was the nov 2023 question about EPs?", "ep-2023-11-17-question"),
        ("the feb 2023 question was about high needs funding?", "hn-2023-02-22-question"),
        ("the nov 2023 pq asked about recruitment?", "ep-2023-11-17-question"),
        (
            "the nov 2023 ed psych question was about recruitment and retention?",
            "ep-2023-11-17-question",
        ),
        ("the nov 25 send question asked about pupil performance, yeah?", "wp-2025-11-21-question"),
    ],
)
def test_the_question_checked_is_answered_with_its_wording(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact)
    assert '"To ask ' in reply.text, reply.text


def test_when_the_question_on_a_topic_was_asked_is_still_its_date(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index, "when was the nov 2023 question about EPs asked?", "ep-2023-11-17-asked-date"
    )


@pytest.mark.parametrize(
    "text",
    [
        "was the march 2024 pq about special schools?",
        "that june question was about autism, right?",
        "did the 2023 question ask about funding?",
        "the april q asked about dyslexia?",
    ],
)
def test_checks_of_what_a_question_was_about(text: str) -> None:
    assert checks_question_topic(text)


@pytest.mark.parametrize(
    "text",
    [
        # when, who, or what was asked of the topic: other rules read these
        "when was the question about funding asked?",
        "who asked the question about EPs?",
        "which report was the lords question about?",
        "the nov q asked about trends - what are the trends?",
        # the topic names the question; its answering is checked
        "was the question about funding answered in april?",
        # "about" as roughly
        "is that about right?",
    ],
)
def test_not_checks_of_what_a_question_was_about(text: str) -> None:
    assert not checks_question_topic(text)
