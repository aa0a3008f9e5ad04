"""A story may say where the asker is, who they are or what they want to name ("nothing changes
where we live", "want to name the minister in our newsletter"): the asking clause after it says
what is asked, so the fact is not refused for lacking a place, a person or a list of names."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "been going to the forum for years and nothing changes where we live - is the "
            "department saying the plan is on track?",
            "department-delivering-plan",
        ),
        (
            "trying to put the name of the minister who answered in our newsletter, who was it?",
            "document-answered-by",
        ),
        (
            "nursery worker here looking after a boy who may have SEND, what is the new early "
            "years SENCO training meant to help staff with?",
            "early-years-senco-training-purpose",
        ),
    ],
)
def test_the_asking_clause_not_the_story_says_what_is_asked(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_where_asked_in_the_asking_clause_is_still_asked(single_source_index: FactIndex) -> None:
    assert analyse("we live in Devon, where will the new schools be?").intent is not Intent.OTHER
    assert_not_answered(
        single_source_index, "we live in Devon, where will the new special schools be?", ""
    )
