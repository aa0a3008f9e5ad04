"""A question about a written answer itself that names only a time ("who replied in june
2025?"): when several written answers were given then, no one of them is picked; the reply
says several give it and offers each."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


def test_two_answers_in_the_month_named(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "which minister replied in june 2025?")
    assert reply.outcome is Outcome.DECLINED, reply.text
    assert reply.text.startswith("Several written answers give that")
    facts = {fact.id: fact for fact in shipped_index.facts}
    offered = [facts[suggestion.fact_id] for suggestion in reply.suggestions]
    assert len({fact.source_id for fact in offered}) >= 2
    assert all(fact.as_of.strftime("%Y-%m") == "2025-06" for fact in offered)
