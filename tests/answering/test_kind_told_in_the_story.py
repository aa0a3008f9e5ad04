"""A kind of detail the asker's story names ("compulsory", "not eligible") is not what is asked
when the asking clauses ask for another kind of their own ("when does it start?", "how long does
it run?"); when they ask for none ("is that true?"), the story's kind is what they check."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

TOLD_THEN_ASKED = [
    (
        "my head says the course is compulsory for anyone new in the role. when does the new "
        "NPQ for SENCOs start?",
        Intent.REQUIRED,
        Intent.START,
        "npq-senco",
    ),
    (
        "the school told us the internship is compulsory for her course. how long does the "
        "supported internships pilot run?",
        Intent.REQUIRED,
        Intent.END,
        "supported-internships-pilot",
    ),
    (
        "the college told us he isn't eligible for an internship. how long does the supported "
        "internships pilot run?",
        Intent.ELIGIBILITY,
        Intent.END,
        "supported-internships-pilot",
    ),
]


@pytest.mark.parametrize(("question", "told", "asked", "fact_id"), TOLD_THEN_ASKED)
def test_the_asking_clauses_say_the_kind_asked(
    question: str, told: Intent, asked: Intent, fact_id: str
) -> None:
    assert analyse(question).intent is asked
    assert analyse(question).intent is not told


@pytest.mark.parametrize(("question", "told", "asked", "fact_id"), TOLD_THEN_ASKED)
def test_asked_after_a_story_naming_another_kind_is_answered(
    shipped_index: FactIndex, question: str, told: Intent, asked: Intent, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_check_of_the_story_keeps_its_kind(shipped_index: FactIndex) -> None:
    # "is that true?" asks for no kind of detail: what it checks is what the story says.
    question = "my son's school says the NPQ is mandatory now, is that true?"
    assert analyse(question).intent is Intent.REQUIRED
    assert_not_answered(shipped_index, question, "required or optional")
