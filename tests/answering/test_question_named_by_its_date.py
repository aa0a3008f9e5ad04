"""What a written question asked, named as people name it: by the month it was asked or
answered ("the sep 2023 question", "the dec 2023 question on the change programme"), as "the
... q" ("the jan 2026 q", "the top-slicing q"), by a thing its wording cites ("which budget
doc did the location question cite?"), as what it was "asking for", or as what a member named
asked or was asked ("what did pawsey ask"). Each was declined (or answered with who asked):
the month's short name is no word of the answer, "q" after a date or topic was not read as
"question", "which" was read as asking who, "asking for" as asking why, and the member named
as the person asked about."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Named by its month and year; another answer of 2023 says "September" too.
        ("what was the sep 2023 question about", "hn-2023-09-26-question"),
        ("what was the dec 2023 question on the change programme", "cp-2023-12-11-question"),
        # "q" after "the" and a date or topic
        ("what did the jan 2026 q ask", "places-2026-01-27-question"),
        ("what was the top-slicing q about exactly", "top-slicing-2026-02-26-question"),
        ("what was the feb 2026 q on high needs about", "top-slicing-2026-02-26-question"),
        # a month with its year's last two digits
        ("what did the nov 25 question actually ask about", "wp-2025-11-21-question"),
        # What its wording cites
        (
            "which budget doc did the special school location question cite",
            "sfs-2024-03-22-question",
        ),
        (
            "which budget doc was the 15 special schools question referring to",
            "sfs-2024-03-22-question",
        ),
        # What it asked for, or what the member named asked ("sec of state" is whom it asked)
        ("what was the feb 2023 finance question asking for", "hn-2023-02-22-question"),
        (
            "what did that supported internships question want the sec of state to do",
            "si-2023-01-09-question",
        ),
        (
            "what did pawsey ask exactly, was it about trends in demand",
            "places-2023-06-12-question",
        ),
        ("what was georgia gould asked in november 2025", "wp-2025-11-21-question"),
    ],
)
def test_the_question_named_is_answered_with_its_wording(
    shipped_index: FactIndex, question: str, fact: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact)
    assert "the question asked" in reply.text.lower(), reply.text
    assert '"To ask ' in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    ["what was the question asking for", "what did the survey ask councils for?"],
)
def test_asking_for_asks_what_not_why(question: str) -> None:
    assert analyse(question).intent is not Intent.REASON


def test_what_something_is_for_still_asks_why() -> None:
    assert analyse("what is the £1bn for?").intent is Intent.REASON


def test_which_minister_of_the_question_is_not_its_wording(shipped_index: FactIndex) -> None:
    # "which" asking a person still sets the question's wording aside.
    reply = answer(shipped_index, "which minister answered the sep 2023 question")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "hn-2023-09-26-answered-by"


@pytest.mark.parametrize(
    "question",
    ["quick q, how many special schools opened", "sorry if this is a dumb q but who wrote it"],
)
def test_the_askers_own_q_is_no_written_question(question: str) -> None:
    assert "question" not in analyse(question).words


@pytest.mark.parametrize(
    "question",
    [
        # Both the June 2023 and the January 2026 questions were on demand for special places.
        "when was the special school demand q asked",
        "when was the special school places demand answer",
    ],
)
def test_a_date_of_one_of_two_answers_on_the_topic_is_not_guessed(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text


def test_a_time_named_says_which_answers_date_is_meant(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "when was the special school demand q asked, jan 2026?",
        "places-2026-01-27-asked-date",
    )
    assert "13 January 2026" in reply.text, reply.text


def test_a_members_q_is_their_written_question(shipped_index: FactIndex) -> None:
    # "q" after the member's "his": the question he put, whose date is asked
    reply = assert_answered_with(
        shipped_index, "when did pawsey put his q in", "places-2023-06-12-asked-date"
    )
    assert "6 June 2023" in reply.text
