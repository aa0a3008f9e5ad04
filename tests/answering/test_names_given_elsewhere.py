"""Asked which councils are in the Change Programme, the partial reply must not say no council
is named when another written answer names one: it shows the 11 December 2023 answer naming
Bedford, said to name only some of them, not the February 2024 answer naming none."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "question",
    ["which councils are in the change programme?", "which LAs are in the change programme"],
)
def test_the_answer_naming_one_is_shown(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "change-programme-bedford-east-of-england"
    assert reply.missing is not None and "doesn't name" not in reply.missing, reply.missing
    assert "only some of them" in reply.missing
