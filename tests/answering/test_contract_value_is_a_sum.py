"""'What's the contract value for the PINS evaluation?' asks for a sum of money, as "what's the
value of the contract" does: the fact saying the evaluation was contracted (on Contracts
Finder) gives none, so the reply is partial. 'Value for money' is no sum."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what's the contract value for the PINS evaluation?",
        "what's the contract value for the pins evaluation on contracts finder?",
        "pins evaluation contract value?",
        "what's the full value for the change programme evaluation contract",
    ],
)
def test_a_contract_value_not_given_is_partial(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    # Was: "An independent evaluation of PINS ... commissioned" presented as the answer.
    assert reply.outcome is Outcome.PARTIAL, reply.text


def test_a_value_the_source_gives_is_still_answered(shipped_index: FactIndex) -> None:
    question = "what's the cash value of the supported internships pilot?"
    reply = assert_answered_with(shipped_index, question, "supported-internships-pilot")
    assert "£3 million" in reply.text


def test_value_for_money_is_no_sum() -> None:
    assert analyse("is PINS good value for money?").intent is not Intent.AMOUNT
    assert analyse("what's the contract value for the PINS evaluation?").intent is Intent.AMOUNT
