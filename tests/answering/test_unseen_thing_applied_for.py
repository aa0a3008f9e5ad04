"""How to apply for, or who may have, a thing no source names is off topic and declined, however
close its other words come to a fact: school dinners, a bus pass or a travel grant are not the
special free schools councils bid for. Applying for what the sources do name is still answered."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    [
        # answered by the fact on councils bidding for special free schools, before
        "how do i apply for free school dinners",
        "how do we apply for free school milk",
        "so how would parents go about applying for free school breakfasts for a child",
        # declined already, and still
        "how can we claim free school lunches?",
        "is my son entitled to free school dinners",
    ],
)
def test_an_unseen_thing_applied_for_is_declined(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED
    assert reply.fact is None


@pytest.mark.parametrize(
    "question",
    [
        "can local authorities put in applications for a new special free school?",
        "how can councils get a new special free school",
    ],
)
def test_applying_for_what_the_sources_name_is_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and "special-free-school" in reply.fact.id


def test_a_story_of_applying_does_not_decline_the_question(shipped_index: FactIndex) -> None:
    question = "I want to apply for an EP doctorate - how many EPs will be trained?"
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
