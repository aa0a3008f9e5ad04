"""A question asking only for a total, after a message naming what to add up ("special schools
and the AP school that opened, what's the total?"): not read alone, where "total" draws the
£10.5 billion high needs total, a sum of something else."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.total_of_the_told import asks_only_a_total


@pytest.mark.parametrize(
    "question",
    [
        "new sen schools plus the new ap school, whats the total",
        "opened special schools plus opened ap schools, whats the total",
    ],
)
def test_total_asked_of_the_message_is_not_the_high_needs_total(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert not (
        reply.outcome is Outcome.ANSWERED
        and reply.fact is not None
        and reply.fact.id == "high-needs-funding-2024-25"
    ), reply.text


@pytest.mark.parametrize(
    ("part", "only_a_total"),
    [
        ("whats the total", True),
        ("how many altogether?", True),
        ("what is the total high needs budget", False),
        ("how much is it", False),
    ],
)
def test_asks_only_a_total(single_source_index: FactIndex, part: str, only_a_total: bool) -> None:
    assert asks_only_a_total(single_source_index, part) is only_a_total
