"""Who is asking is whom the question is about when it asks only what is there for them: "as a
SENCO, what training is available?" asks about training for SENCOs, and is offered SENCO
training, not educational psychologists'. Asking anything else, the role only says who asks."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse

SENCO_TRAINING = {
    "npq-senco",
    "npq-senco-purpose",
    "early-years-senco-training",
    "early-years-senco-training-purpose",
}


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("as a SENCO, what training is available?", "senco"),
        ("I'm a parent - what support is there for me?", "parent"),
        ("teacher here, is there any funding we can get?", "teacher"),
        ("im a new sendco, what courses are on offer?", "sendco"),
        ("As a governor what guidance is out there?", "governor"),
    ],
)
def test_asking_what_is_there_for_them_keeps_the_role(question: str, role: str) -> None:
    assert role in analyse(question).words


@pytest.mark.parametrize(
    "question",
    [
        "as a SENCO, when does the NPQ start?",
        "as a parent, how many special free schools were approved?",
        "as a parent, what training is there for teachers?",
        "I'm a SENCO, what EP training is funded?",
    ],
)
def test_asking_anything_else_the_role_only_says_who_asks(question: str) -> None:
    assert not {"senco", "parent"} & set(analyse(question).words)


@pytest.mark.parametrize(
    "question",
    [
        "as a SENCO, what training is available?",
        "I'm a senco - is there any training for me?",
        "SENDCo here, what courses can I do?",
    ],
)
def test_a_senco_asking_for_training_is_offered_senco_training(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    shown = [reply.fact.id] if reply.fact is not None else []
    shown += [suggestion.fact_id for suggestion in reply.suggestions]
    assert shown and shown[0] in SENCO_TRAINING, reply.text
    assert not any("psychologist" in fact_id for fact_id in shown), reply.text
