"""A decline names closest topics only when the question is on the sources' topics
(close_topics)."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.follow_up import FOLLOW_UP_NOTE
from sendbot.answering.match import Outcome

TODAY = dt.date(2026, 1, 15)


@pytest.mark.parametrize(
    "question",
    [
        "which city is the capital of Italy?",  # "capital" is one fact's word (capital funding)
        "can you recommend a pizza topping",  # "topping" is one fact's word (topping £12bn)
        "who won the football world cup in 2014?",
    ],
)
def test_an_off_topic_question_is_offered_no_closest_topics(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question, TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert reply.suggestions == ()
    assert "Closest topics" not in reply.text
    assert reply.text.startswith("I don't have that in my sources. They are ")
    assert "special educational needs" in reply.text


def test_an_unanswerable_question_on_topic_keeps_the_closest_topics_that_share_its_words(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what was spent on special school minibuses in Cornwall", TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert reply.suggestions
    assert "Closest topics I do have: Special free schools" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        # the matcher's nearest are special school shares and a Lords question's record
        "how many EHCPs were given out in Wales last year?",
        # the only fact sharing a word ("assessment") is when a question was asked
        "how long does an EHCP needs assessment usually take?",
        # shares only the department's name with a special free schools fact
        "how many EHCPs did the dfe sign off in 2023?",
    ],
)
def test_an_on_topic_decline_with_no_topic_sharing_its_words_says_what_the_sources_are(
    shipped_index: FactIndex, question: str
) -> None:
    """Offered a topic that shares none of what was asked, or a record of when a question
    was asked, a user reads a broken answer: say what the sources are instead."""
    reply = answer(shipped_index, question, TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert reply.suggestions == ()
    assert "Closest topics" not in reply.text
    assert reply.text.startswith("I don't have that in my sources. They are ")


def test_a_declined_follow_on_is_asked_in_full_not_pointed_to_help(
    shipped_index: FactIndex,
) -> None:
    # Not off topic but cut short: the note asks for the whole question, and that is all.
    reply = answer(shipped_index, "and the year before?", TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert reply.text == f"I don't have that in my sources.\n{FOLLOW_UP_NOTE}"


def test_an_on_topic_decline_offers_the_topics_that_share_a_word_with_it(
    shipped_index: FactIndex,
) -> None:
    # Ranked beside autism training for "how long" and "pupils": AP taskforce and plan dates.
    reply = answer(shipped_index, "how long do autistic pupils wait for an assessment?", TODAY)
    assert reply.outcome is Outcome.DECLINED
    assert "Closest topics I do have: Autism awareness training" in reply.text
    assert "Taskforce" not in reply.text and "Improvement Plan" not in reply.text
