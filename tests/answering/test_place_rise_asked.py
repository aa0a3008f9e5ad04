"""Asked how much more one council got, in a few words ("warwickshire got how much extra?"),
the reply is that council's own rise (£6.9 million on its 2024/25 block), not a decline whose
first topic offered is that very fact. A place with no rise of its own stays declined, and so
does a question on what the place got in all (its allocation, not a rise)."""

import pytest

from sendbot.answering.answer import answer, decide
from sendbot.answering.confidence import Verdict
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "warwickshire got how much extra?",
        "how much extra for warwickshire then",
        "extra cash warwickshire got, how much",
    ],
)
def test_a_councils_rise_asked_briefly_is_answered(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(
        shipped_index, question, "warwickshire-high-needs-increase-2025-26"
    )
    assert "£6.9 million" in reply.text


def test_the_rule_gives_its_verdict(shipped_index: FactIndex) -> None:
    result = decide(shipped_index, "warwickshire got how much extra?").result
    assert result.verdict is Verdict.PLACE_RISE


@pytest.mark.parametrize(
    "question",
    ["how much extra did cornwall get", "how much extra did devon get for send"],
)
def test_a_place_with_no_rise_of_its_own_stays_declined(
    shipped_index: FactIndex, question: str
) -> None:
    assert answer(shipped_index, question).outcome is Outcome.DECLINED
