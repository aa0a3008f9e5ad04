"""A level's newest rise asked for ("the newest rise in SEN money", "the last uplift in high
needs"), or whether the level fell ("has the money for high needs gone down?"): the rise said
last, of whichever of the level's rise measures (the yearly increase, the rise since a base
year), not an older rise the matcher found; the multi-year rise when a span of years is asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.fall_denied import DENIED
from sendbot.answering.latest import asks_for_newest
from sendbot.answering.match import Outcome
from sendbot.answering.newest_rise import rise_said_last, rises_of

NEWEST_RISE = "high-needs-increase-continued-2026-27"


def test_the_level_has_two_rise_measures_and_the_yearly_one_was_said_last(
    shipped_index: FactIndex,
) -> None:
    assert set(rises_of(shipped_index, "high-needs-budget")) == {
        "high-needs-budget-increase",
        "high-needs-budget-rise-since-2019-20",
    }
    assert rise_said_last(shipped_index, "high-needs-budget") == "high-needs-budget-increase"
    assert rise_said_last(shipped_index, "no-such-measure") is None


@pytest.mark.parametrize(
    "question",
    [
        "what's the most recent rise in the money for SEN from the DfE?",
        "newest increase in SEND funding from the department?",
    ],
)
def test_the_newest_rise_is_the_one_said_last(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == NEWEST_RISE


@pytest.mark.parametrize(
    "question",
    [
        "has high needs money gone down?",
        "has the funding for high needs fallen?",
    ],
)
def test_a_fall_asked_gets_no_with_the_rise_said_last(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.fact is not None and reply.fact.id == NEWEST_RISE
    assert reply.text.startswith(f"{DENIED}\n")


@pytest.mark.parametrize(
    "question",
    [
        "has high needs gone up over the last five years, latest?",
        "newest rise in the high needs budget since 2019/20?",
        "latest on how much the high needs money has grown in 5 yrs",
        "how much bigger is high needs funding than five years ago, newest figure",
    ],
)
def test_a_span_or_base_year_asked_keeps_the_multi_year_rise(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.fact is not None and reply.fact.measure == "high-needs-budget-rise-since-2019-20"


@pytest.mark.parametrize(
    "text",
    ["was the last rise in SEN funding 2 billion", "what was the last uplift for high needs"],
)
def test_the_last_rise_asks_for_the_newest(text: str) -> None:
    assert asks_for_newest(text)


@pytest.mark.parametrize(
    "text", ["what was the last year's rise in high needs", "the last of the rises"]
)
def test_last_of_something_else_asks_for_no_newest(text: str) -> None:
    assert not asks_for_newest(text)


def test_the_last_rise_named_with_an_older_figure_gets_the_newest(
    shipped_index: FactIndex,
) -> None:
    # The asker's older figure drew its own fact; "the last increase" asks for the newest.
    for question in (
        "was the last uplift to high needs the 440m one",
        "the last rise in high needs - was it the 440m?",
    ):
        reply = answer(shipped_index, question)
        assert reply.fact is not None and reply.fact.id == NEWEST_RISE
