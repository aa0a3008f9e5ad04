"""What the asker says of themselves before asking ("SEN officer at a county council here - ...")
is not what they ask about: their job and the kind of place they work at do not pull facts
about councils or schools to the top. A place that names a topic ("a PINS school") still
counts, and "we're always told ..." is something they were told, not a question whether."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asker_story import only_introduces_the_asker
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


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # who asks, then a question the bot answers alone only fairly surely: it was declined
        # whole, though asked alone it is answered
        ("I'm a governor - what's the latest on PINS?", "pins-independent-evaluation"),
        (
            "as a chair of governors at a special school, any news on SEND reform?",
            "schools-white-paper-early-new-year",
        ),
    ],
)
def test_who_asks_then_a_question_is_that_question(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert "is read as your question: the rest of your message says who is asking." in reply.text


def test_who_asks_then_a_question_the_sources_do_not_answer_is_still_declined(
    shipped_index: FactIndex,
) -> None:
    assert not answer(
        shipped_index, "I'm a parent - what's the latest on EHCP timescales?"
    ).answered


def test_only_an_introduction_in_the_first_person_without_figures_is_who_asks() -> None:
    assert only_introduces_the_asker("senco here - whats the latest on pins")
    assert only_introduces_the_asker("I'm a governor at a special school - any news on PINS?")
    # a number told of others, not who asks: what is told narrows what is asked
    assert not only_introduces_the_asker("200 trainee EPs funded - how many actually started?")
    assert not only_introduces_the_asker("I'm a governor of 3 schools - any news on PINS?")
    assert not only_introduces_the_asker("any news on PINS?")  # nothing told
