"""What the asker says of themselves before asking ("SEN officer at a county council here - ...")
is not what they ask about: their job and the kind of place they work at do not pull facts
about councils or schools to the top. A place that names a topic ("a PINS school") still
counts, and "we're always told ..." is something they were told, not a question whether."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "hi all, SEN officer at a county council here - how many special schools opened?",
        "nursery manager here, how many special schools opened?",
        "head of inclusion at a primary here. how many special schools opened?",
    ],
)
def test_the_askers_introduction_is_not_the_topic(question: str) -> None:
    assert analyse(question).words == ("how", "many", "special", "schools", "opened")


@pytest.mark.parametrize(
    "question",
    [
        "teacher at a pins school here, what will the evaluation look at?",
        "what exactly was the mp asking here?",
        "parent in norfolk, the wait here is awful, how many eps are being trained?",
    ],
)
def test_a_topic_or_a_question_ending_in_here_is_kept(question: str) -> None:
    kept = {"pins", "here", "norfolk"}
    assert kept & set(analyse(question).words)


def test_were_always_told_is_not_a_question_whether_it_was(shipped_index: FactIndex) -> None:
    question = "we're always told the money is being cut, has the high needs budget gone up?"
    assert analyse(question).intent is not Intent.JUDGEMENT
    assert answer(shipped_index, question).answered


def test_the_kind_of_area_they_serve_is_no_place_asked(single_source_index: FactIndex) -> None:
    # "in a metropolitan borough here": who is asking; "nationally ... for 2024/25" is asked.
    assert_answered_with(
        single_source_index,
        "officer in a metropolitan borough here, our high needs overspend is dreadful - how much"
        " is the government actually putting in nationally for 2024/25?",
        "high-needs-funding-2024-25",
    )
