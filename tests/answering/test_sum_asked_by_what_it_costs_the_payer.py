"""A sum asked by what a thing is costing the payer ("what's the NPQ costing the DfE?") or what
the payer pays whom ("what is the department paying the AET for the modules?") asks an amount:
partial when the written answer gives none, answered when it gives the sum."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "related"),
    [
        ("so what's the npq for sencos costing the dfe?", "npq-senco"),
        (
            "what is the department paying the AET for the autism training",
            "autism-awareness-training",
        ),
    ],
)
def test_no_sum_given_is_partial(
    single_source_index: FactIndex, question: str, related: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.missing is not None and "amount" in reply.missing
    assert reply.fact is not None and reply.fact.id == related


def test_a_sum_given_is_answered(shipped_index: FactIndex) -> None:
    assert_answered_with(shipped_index, "what is PINS costing the government?", "pins-programme")
