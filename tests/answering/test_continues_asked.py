"""On the shipped base: asked whether something goes on or was a one-off ("has the recent
boost to high needs funding been kept up, or was it one-off?"), the newest figure of the
measure the question comes closest to, whose quote says it is continuing (February 2026: "we
are continuing that increased level of funding into next year"), answers rather than a
decline; "boost" before "to" is what is asked about, not a result asked for. A programme
named in words the base hardly knows gets no measure's continuing word."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_whether_a_rise_is_kept_is_the_newest_figure_saying_it_continues(
    shipped_index: FactIndex,
) -> None:
    question = "has the recent boost to high needs funding been kept up, or was it one-off?"
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-continued-2026-27")
    assert "Earlier:" in reply.text  # the measure's earlier rises, dated


def test_a_programme_the_base_hardly_knows_gets_no_continuing_figure(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "is the 'ap helper crew' carrying on past this year?")
    assert reply.outcome is not Outcome.ANSWERED
