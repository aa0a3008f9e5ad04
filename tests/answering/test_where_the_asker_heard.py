"""Where the asker heard of a thing (a forum meeting, an email to their group, the coffee
morning) or which group they represent says who asks, not what: 'parent forum' must not draw
a question about what the Change Programme is for to the fact on whom it works with (parents
among them). Asked of the parents and forums themselves, that fact still answers. On the
one-source base."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "I keep hearing about the send change programme at parent forum meetings, what is "
            "it actually for according to the dfe?",
            "change-programme",
        ),
        ("heard about PINS at the SENCO cluster meeting, how much is it worth?", "pins-programme"),
        (
            "someone at the parents' coffee morning mentioned the change programme - how much "
            "is it?",
            "change-programme",
        ),
        ("parent rep here, what is the change programme for?", "change-programme"),
    ],
)
def test_where_the_asker_heard_of_it_does_not_pick_the_fact(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "are parent carer forums part of the change programme",
        "do parents get a say in the change programme",
        "is our parent forum in the change programme?",
    ],
)
def test_asked_of_the_forums_themselves_the_partners_answer(
    single_source_index: FactIndex, question: str
) -> None:
    assert_answered_with(single_source_index, question, "change-programme-partners")
