"""Whether a level has gone up, asked of no period ("has the count of pupils at special schools
risen?"): the measure's newest fact answers when its quote says the level rose from an earlier
figure, instead of a refusal split between the measure's yearly figures."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.level_rose import asks_if_level_rose, quotes_a_rise
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from sendbot.knowledge.model import Fact
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "has the count of pupils at special schools in england risen?",
        "has the number of children in special schools increased?",
        "has the number of pupils in special schools gone up",
        "is the number of children in special schools going up?",
        "is the number of pupils in special schools rising",
    ],
)
def test_whether_a_level_rose_is_answered_by_its_newest_rise(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
    assert "200,000" in reply.text and "115,000" in reply.text


def test_a_fall_asked_is_not_answered_yes_with_the_rise(shipped_index: FactIndex) -> None:
    # The rise answers a fall asked only with a plain no first (fall_denied), never a yes.
    reply = answer(shipped_index, "has the number of children in special schools gone down?")
    assert reply.outcome is not Outcome.ANSWERED or reply.text.startswith("No:")
    assert "Yes" not in reply.text


def test_the_readings() -> None:
    assert asks_if_level_rose(analyse("has the number of pupils in special schools increased?"))
    assert asks_if_level_rose(analyse("are special school numbers growing"))
    assert not asks_if_level_rose(analyse("has it gone down?"))
    assert not asks_if_level_rose(analyse("has it risen since 2015/16?"))
    assert not asks_if_level_rose(analyse("how many pupils are in special schools?"))


def test_a_quote_saying_a_level_rose(shipped_index: FactIndex) -> None:
    def fact(fact_id: str) -> Fact:
        return next(f for f in shipped_index.kb.facts if f.id == fact_id)

    assert quotes_a_rise(fact("pupils-in-special-schools-2024-25"))
    assert not quotes_a_rise(fact("special-schools-opened"))
