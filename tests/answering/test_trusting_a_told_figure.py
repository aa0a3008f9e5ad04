"""A figure told, then "can I trust that number?": whether the figure is right, checked against
the source (and set right when it is not), not an opinion of the programme asked; "should
parents trust the change programme?" is still a verdict no written answer gives."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def test_told_figure_trusted_is_checked(single_source_index: FactIndex) -> None:
    reply = answer(
        single_source_index,
        "a mum at the school gate said 40 special free schools were approved, can we rely on "
        "that figure?",
    )
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == "special-free-schools-approved"
    assert reply.text.startswith("The written answer gives 76, not 40."), reply.text


def test_trusting_a_programme_is_a_verdict(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "can parents trust the change programme")
    assert reply.outcome is not Outcome.ANSWERED, reply.text
