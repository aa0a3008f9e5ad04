"""Those trained asked for, of a count of those registered for training: the registrations
are no count of who finished, so the reply is partial and says which it gives."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_kinds import role
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "how many early years sencos got trained so far",
        "number of early yrs sencos trained?",
        "were 5k early years sencos trained?",
    ],
)
def test_trained_of_registered_is_partial_saying_registrations(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL and reply.missing is not None, reply.text
    assert reply.missing.endswith("registered for the training, not the number trained.")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("how many practitioners trained", "trained"),
        ("how many staff have been trained", "trained"),
        ("how many staff got trained", "trained"),
        ("how many psychologists will be trained", None),
        ("how many are going to be trained", None),
        ("how many being trained right now", None),
    ],
)
def test_trained_done_is_asked_but_to_be_trained_is_not(text: str, asked: str | None) -> None:
    assert role(text, Intent.COUNT) == asked


def test_trained_of_a_count_to_be_trained_still_answers(shipped_index: FactIndex) -> None:
    # "trained" of a plan's count (psychologists to be trained) asks that count: only
    # registrations are told apart from trainings.
    reply = answer(shipped_index, "educational psychologists trained - how many?")
    assert reply.answered and reply.fact is not None
    assert reply.fact.id == "educational-psychologists-trainees"


def test_signed_up_to_become_trained_asks_the_registrations(shipped_index: FactIndex) -> None:
    # Those signed up "to become SENCO trained" are the registrations the source counts.
    reply = answer(
        shipped_index, "how many early years staff have signed up to become senco trained?"
    )
    assert reply.outcome is Outcome.ANSWERED
