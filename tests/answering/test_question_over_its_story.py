"""A story, then one question, answered whole with the fact the story's words name: the
question read alone answers, when that is surely answered by another fact, saying which part
was read. Not when the question points back at the story ("what is it for?"), nor when the
story names an answer, a year or a place, which narrow what is asked. On the one-source base."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "my grandson is 7 and on a waiting list for a specialist place, apparently there are "
            "about 40 kids ahead of him. how many new special schools has the dfe actually "
            "opened this academic year?",
            "special-schools-opened",
        ),
        (
            "my son is waiting for a specialist place and the LA says there are no places left. "
            "have any new special schools opened this year?",
            "special-schools-opened",
        ),
        (
            "My son (19, EHCP, moderate learning difficulties) is finishing college this summer "
            "and we're looking at supported internships. What has the department done to "
            "improve supported internships across local authorities?",
            "supported-internships-all-las",
        ),
    ],
)
def test_the_question_alone_answers_when_its_story_named_another_fact(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert "is read as your question: the rest of your message was left out" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The question points back at the story: its words say what is asked.
        ("my son's school is in PINS. how much is it worth?", "pins-programme"),
        ("the change programme came up at our forum. what is it for?", "change-programme"),
        # "it" before a season is the thing asked of, not a pointer at a time: the season
        # checked alone would be any fact of that season's year
        (
            "when precisely was the Change Programme launched to test SEND reforms, was it "
            "autumn 2023 or earlier?",
            "change-programme",
        ),
    ],
)
def test_a_question_pointing_back_at_its_story_is_read_with_it(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert "is read as your question" not in reply.text


def test_a_story_naming_a_place_still_narrows_the_question(
    single_source_index: FactIndex,
) -> None:
    reply = answer(
        single_source_index,
        "we're in Kent and waiting for a place. how many special schools opened in Kent?",
    )
    assert reply.outcome.value == "partial"
