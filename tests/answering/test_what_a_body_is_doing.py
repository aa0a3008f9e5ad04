""" "What is X doing" asks what X does: "doing" names no topic, as "done" does not, so the fact
about what the body provides answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "what has the autism education trust been doing for teachers",
        "so what's the autism education trust been doing since 2022",
    ],
)
def test_what_a_named_body_is_doing_is_answered(
    single_source_index: FactIndex, message: str
) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.ANSWERED, (message, reply.outcome, reply.text)
    assert reply.fact is not None and reply.fact.id == "autism-awareness-training"
