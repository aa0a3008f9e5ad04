"""A fact whose quote says what something is for ("the Change Programme is a vehicle for
testing them", "to secure the special provision") answers "what is it for?" questions as much
as a fact whose curated phrasings ask why: it is no longer ranked below facts that only
restate the topic."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from sendbot.answering.ranking import rank
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what is the change programme a vehicle for?",
            "change-programme-tests-improvement-plan",
        ),
        (
            "the change programme, what is it the vehicle for?",
            "change-programme-tests-improvement-plan",
        ),
    ],
)
def test_the_fact_saying_what_it_is_for_ranks_first(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    ranking = rank(shipped_index, question)
    assert shipped_index.facts[ranking.candidates[0].position].id == fact_id


def test_a_quote_saying_what_money_secures_answers_what_it_is_for(
    shipped_index: FactIndex,
) -> None:
    position = next(
        at
        for at, fact in enumerate(shipped_index.facts)
        if fact.id == "high-needs-funding-reaches-settings"
    )
    assert Intent.REASON in shipped_index.profiles[position].intents


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Not the fact that the change programme is made up of 32 councils, nor its launch,
        # which says what it is for only in passing: the fact whose point is what it is for.
        (
            "what's the change programme for? our LA is in it",
            "change-programme-tests-improvement-plan",
        ),
        # Not the fact that the £1bn continues into next year.
        (
            "what is the £1bn increase in high needs funding for? our school has seen nothing",
            "high-needs-increase-2025-26-warwickshire-answer",
        ),
    ],
)
def test_what_it_is_for_is_asked_when_chat_follows_the_question(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert analyse(question).intent is Intent.REASON
    assert_answered_with(shipped_index, question, fact_id)
