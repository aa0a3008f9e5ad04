"""Whether a programme has reached all those planned ("is PINS up and running in every one of
the 1680 schools?") or will reach others later ("will PINS spread into secondary schools one
day?"): a plan to support up to 1680 primary schools says neither, so the reply is partial and
says so, not "Yes: the written answer gives up to 1680"."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse


@pytest.mark.parametrize(
    "message",
    [
        "is pins up and running in every one of the 1680 schools",
        "has pins been rolled out across all 1680 primary schools",
        "is the pins programme live in all the schools",
    ],
)
def test_reached_all_of_a_plan_is_partial(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.PARTIAL, (message, reply.outcome, reply.text)
    assert reply.missing is not None and "a plan, not how many so far" in reply.missing


@pytest.mark.parametrize(
    "message",
    ["will pins spread into secondary schools one day", "will pins expand to secondaries later"],
)
def test_reaching_others_later_is_partial(single_source_index: FactIndex, message: str) -> None:
    reply = answer(single_source_index, message)
    assert reply.outcome is Outcome.PARTIAL, (message, reply.outcome, reply.text)
    assert reply.missing is not None and "what will happen next" in reply.missing


def test_running_to_a_month_asks_how_long_not_what_next() -> None:
    assert analyse("will the ap taskforce extend to march 2025").intent is not Intent.PREDICTION
    assert analyse("will it extend into 2026").intent is not Intent.PREDICTION
