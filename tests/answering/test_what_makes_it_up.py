"""'What is the change programme made up of?' asks what it is made up of: the fact whose
statement says so (32 local authorities) comes first, not the fact that says what the
programme is (whose quote names the councils in passing), nor the one on whom it works with.
On the one-source base."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_makeup import asks_what_makes_it_up
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_asked_whether_made_up_of_councils_or_schools_the_makeup_answers(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "the change programme, is it made up of local authorities or schools?",
        "change-programme-local-authorities",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what is the change programme made up of",
        "what's the change programme made of",
        "what makes up the change programme",
    ],
)
def test_what_it_is_made_up_of_is_not_answered_with_what_it_is(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    shown = reply.fact.id if reply.fact is not None and reply.answered else None
    assert shown in (None, "change-programme-local-authorities"), shown


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what is the change programme composed of", True),
        ("does it consist of councils or schools?", True),
        ("who makes up the change programme", True),
        ("what is the change programme for", False),
        ("how much is the change programme", False),
    ],
)
def test_which_questions_ask_what_makes_it_up(question: str, asks: bool) -> None:
    assert asks_what_makes_it_up(question) is asks
