"""Questions naming a period, and questions about more than a figure, on the shipped base:
the fact the question matched stays when it is for the period asked, and a question about
what money is for is not answered with a later answer's figure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse


@pytest.mark.parametrize(
    "question",
    [
        "how much is the high needs increase for 2025-26",
        "how big is the high needs increase for 2025-26?",
        "by how much is high needs funding going up in 2025/26?",
    ],
)
def test_a_period_two_answers_give_gets_the_matched_answer_for_that_period(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None
    assert reply.fact.period == "2025/26"
    # The answer that speaks of the 2025/26 increase itself, not the later one that says
    # the increase continues into next year.
    assert "continuing" not in reply.fact.quote
    assert "£1 billion" in reply.text


def test_what_the_money_is_for_gets_the_fact_saying_what_it_is_for(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what is the extra £1bn high needs money for")
    assert reply.answered and reply.fact is not None
    assert "help meet the increase in costs" in reply.fact.quote


def test_a_period_no_answer_gives_is_partial_naming_the_periods_there_are(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what was the high needs budget in 2021/22")
    assert reply.outcome.value == "partial"
    assert reply.missing is not None
    assert "2023/24, 2024/25 and 2025/26, not for 2021/22" in reply.missing


def test_what_the_minister_said_it_is_for_in_a_period_is_not_a_later_answers_figure(
    shipped_index: FactIndex,
) -> None:
    question = (
        "my local MP keeps saying the £1bn for high needs is going to fix everything, what did "
        "the minister say it is actually for in 2025-26?"
    )
    assert analyse(question).intent is Intent.REASON
    reply = answer(shipped_index, question)
    if reply.answered:
        assert reply.fact is not None and "help meet the increase in costs" in reply.fact.quote
