"""Unanswerable questions put in shapes the readers used to pass over, which then got a fact:
a part of a group named before the group ("nursery managers who did the training, how many"),
whether a promised thing is finished or in use ("is the pilot done trialling the reforms",
"are colleges already teaching it"), and which body does
something with a word of stress ("which charity actually runs it"). Each is partial, with a
sentence saying what the written answer lacks."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("question", "fact_id", "missing"),
    [
        (
            "nursery managers who have done the autism training - how many",
            "autism-awareness-training",
            "not how many of them are nursery managers.",
        ),
        (
            "nannies signed up to the early years senco training, what is the number for them",
            "early-years-senco-training",
            "not how many of them are nannies.",
        ),
        (
            "the number of nursery managers among the 5000 registered practitioners",
            "early-years-senco-training",
            "not how many of them are nursery managers.",
        ),
        (
            "is the change programme done piloting the reforms",
            "change-programme",
            "doesn't say whether it has been completed; it says it was launched.",
        ),
        (
            "are universities already teaching the send content of the itt framework",
            "itt-ecf-send-content",
            "doesn't say whether it has come into use.",
        ),
        (
            "which charity actually runs the pins programme in schools",
            "pins-primary-schools",
            "The written answer doesn't name the charity.",
        ),
    ],
)
def test_unanswerable_shape_is_partial(
    single_source_index: FactIndex, question: str, fact_id: str, missing: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.fact is not None and reply.fact.id == fact_id
    assert reply.missing is not None and reply.missing.endswith(missing)


@pytest.mark.parametrize(
    "question",
    [
        # the part asked is the whole group the fact counts: its figure answers
        "professionals who have done the autism training - how many",
        "practitioners registered for the early years senco training, what is the number",
        # ... or named as people in general
        "early years workers who did the senco training how many",
    ],
)
def test_the_whole_group_asked_that_way_is_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert answer(single_source_index, question).outcome is Outcome.ANSWERED


@pytest.mark.parametrize(
    "message",
    [
        "can you give legal advice or only figures",
        "do u give legal advice or just what ministers said",
        "why do you quote hansard stuff",
        "why do you cite parliament",
    ],
)
def test_what_the_bot_gives_or_quotes_gets_help(
    single_source_index: FactIndex, message: str
) -> None:
    assert answer(single_source_index, message).outcome is Outcome.HELP


def test_a_body_already_delivering_a_programme_is_not_asked_if_it_came_into_use(
    shipped_index: FactIndex,
) -> None:
    """The source names REACh as the change programme's delivery partner: whether it is
    "already delivering" it is its role, not a thing the answer speaks of only as planned."""
    reply = answer(shipped_index, "is REACh already delivering the change programme?")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.missing is None or "only as planned" not in reply.missing
