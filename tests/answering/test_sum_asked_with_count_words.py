"""A sum asked with a count word ("count of the money for ...", "tally of the funds ...",
"<council> allocation tally") is no count: neither a number of things (the programme's schools)
nor a partial reply saying no number is given."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "words",
    [
        "tally of the funds for pins",
        "count of the money for councils",
        "count of the cash behind pins",
        "tally of funding for schools",
        "warwickshire allocation tally",
        "the council allocation count",
    ],
)
def test_a_sum_said_with_count_words_is_no_count(words: str) -> None:
    assert intent_of(words.split()) is not Intent.COUNT


@pytest.mark.parametrize(
    "words",
    ["tally of schools in pins", "count of the councils in the programme", "ap taskforce count"],
)
def test_things_counted_still_are(words: str) -> None:
    assert intent_of(words.split()) is Intent.COUNT


def test_the_money_counted_is_the_sum(shipped_index: FactIndex) -> None:
    # Was partial: "doesn't give a number of those", the £13m shown as not the answer.
    assert_answered_with(shipped_index, "count of the money for PINS?", "pins-programme")


@pytest.mark.parametrize(
    "question", ["tally of the funding for PINS?", "Warwickshire allocation count?"]
)
def test_no_count_given_for_a_sum(shipped_index: FactIndex, question: str) -> None:
    # Was the PINS schools' count (1,680) given as the answer; the allocation a partial
    # saying no number is given.
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != "pins-primary-schools", reply.text
    assert not (reply.outcome is Outcome.PARTIAL and "number of those" in (reply.missing or ""))
