"""A count heard and checked in chat: by its scale ("hundreds or thousands more EPs") or
written short ("1.5k new places"). Both ask the count; the reply gives the source's figure.
A scale asked of something the source does not count stays unanswered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "are they training hundreds or thousands more educational psychologists",
            "educational-psychologists-trainees",
        ),
        ("is pins hundreds or thousands of schools", "pins-primary-schools"),
        ("1.5k new places - is that right", "special-school-places-created"),
        ("someone said 1.5k special school places, true?", "special-school-places-created"),
    ],
)
def test_a_count_heard_is_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_short_count_is_checked_as_one_figure(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index, "1.5k new places - is that right", "special-school-places-created"
    )
    assert "1,500" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "are hundreds or thousands of kids waiting for an ehcp",
        "1.5k new places for kids in wales - is that right",
        "hundreds or thousands of send pupils in each council?",
        "is it hundreds or thousands of pounds per pupil",
    ],
)
def test_a_count_the_source_does_not_give_is_not_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert not answer(single_source_index, question).answered


def test_hundreds_or_thousands_asks_a_count() -> None:
    assert analyse("are they training hundreds or thousands more EPs").intent is Intent.COUNT
