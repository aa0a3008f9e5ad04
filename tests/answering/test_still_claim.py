"""'is it still £10.5bn?' checks the claim against the newest figure."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def test_an_earlier_figure_asked_of_as_still_holding_is_said_to_no_longer(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "is it still £10.5bn?")
    assert reply.outcome is Outcome.ANSWERED
    assert "over £12 billion" in reply.text
    assert 'No longer: that was "over £10.5 billion in 2024/25"' in reply.text


def test_the_newest_figure_asked_of_as_still_holding_is_not_contradicted(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "is it still £12bn?")
    assert reply.outcome is Outcome.ANSWERED
    assert "No longer" not in reply.text
