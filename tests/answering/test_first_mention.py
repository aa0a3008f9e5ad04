"""'Which answer first mentioned X', on the shipped base: the earliest written answer saying X
answers, with its date and those of the later answers saying it too, not the newest answer's
word on X. Wordings written before the rule (the development set's and others), and those
that must not change."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.first_mention import first_mention_topic
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id", "answered"),
    [
        # The £12bn total: April 2025 before June 2025.
        (
            "which answer first mentioned the £12bn total",
            "high-needs-total-2025-26-warwickshire-answer",
            "29 April 2025",
        ),
        (
            "which answer was first to mention the £1bn increase to high needs",
            "high-needs-increase-2025-26-warwickshire-answer",
            "29 April 2025",
        ),
        # The £21m for 400 more EPs: November 2023 before February 2024.
        (
            "which answer was the first to mention the 21m for 400 more ed psychs",
            "educational-psychologists-funding-2023-11-17",
            "17 November 2023",
        ),
        (
            "which pq mentioned the £21 million for ed psychs first",
            "educational-psychologists-funding-2023-11-17",
            "17 November 2023",
        ),
        # The Change Programme's launch: December 2023 before February 2024.
        (
            "which answer first said when the change programme launched",
            "change-programme-bedford-east-of-england",
            "11 December 2023",
        ),
        (
            "which answer is the first one here to mention the improvement plan",
            "improvement-plan-mainstream-confidence",
            "12 June 2023",
        ),
        (
            "what was the first answer to mention supported internships",
            "what-supported-internships-are",
            "9 January 2023",
        ),
        (
            "which written answer first brought up PINS?",
            "pins-programme",
            "8 February 2024",
        ),
        (
            "which answer first mentioned the new itt and early career framework",
            "itt-ecf-send-content",
            "8 February 2024",
        ),
    ],
)
def test_the_earliest_answer_saying_it_answers(
    shipped_index: FactIndex, question: str, fact_id: str, answered: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert answered in reply.text
    assert "This is the earliest written answer in my sources that says this" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "which answer mentions bedford",  # which answer, not which first
        "when did the change programme first launch",  # when it launched
        "when was the extra £1bn high needs first announced",  # when it was announced
        "which answer most recently mentioned pins",  # the newest
        "who answered the first question on pins",
    ],
)
def test_other_questions_are_not_read_as_asking_for_the_first_mention(question: str) -> None:
    assert first_mention_topic(question) is None


def test_a_topic_no_answer_mentions_is_not_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "which answer first mentioned the moon landing")
    assert reply.outcome is not Outcome.ANSWERED
