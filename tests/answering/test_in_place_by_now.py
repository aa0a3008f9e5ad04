"""Whether a thing announced is "already in place" or whether those it concerns have "switched
over" to it asks whether it has come into use, as "already being taught" does: of a written
answer saying only that it will come, the reply is partial, not the plan given as the answer."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "is the extra send content for new teachers already in place",
        "have itt providers switched over to the updated send content yet",
    ],
)
def test_in_use_by_now_of_a_plan_is_partial(single_source_index: FactIndex, question: str) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "come into use" in reply.missing
    assert reply.fact is not None and reply.fact.id == "itt-ecf-send-content"
