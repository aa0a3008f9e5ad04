"""'X - is it a 4 or a 5?': a last clause checking one figure or another, articles and all,
checks figures of what the message named before it, so the whole message is what is read.
Read alone, the clause named nothing and any fact saying one of its numbers ("five years")
answered an off-topic question as if it were checked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.checked_claim import only_checks_a_claim
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    "message",
    [
        "a-level grades now - is it a 4 or a 5",
        "driving theory test score, is it a 43 or a 44?",
    ],
)
def test_an_off_topic_either_figure_check_is_declined(
    shipped_index: FactIndex, message: str
) -> None:
    assert answer(shipped_index, message).outcome is Outcome.DECLINED


def test_an_either_figure_check_on_a_topic_still_sets_the_figure_right(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "the pins programme - was it a 13m or an 18m one?")
    assert reply.outcome is Outcome.ANSWERED
    assert reply.fact is not None and reply.fact.id == "pins-programme"


@pytest.mark.parametrize("clause", ["is it a 4 or a 5", "was it an 8 or a 9?", "is it 4 or 5"])
def test_the_clause_only_checks_figures(clause: str) -> None:
    assert only_checks_a_claim(clause)


def test_a_clause_naming_a_thing_checks_more_than_figures() -> None:
    assert not only_checks_a_claim("is it a 4 or a 5 grade")
