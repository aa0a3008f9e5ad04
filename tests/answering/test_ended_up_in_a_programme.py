"""How many "ended up in" a programme asks how many take part, which the count of councils in
the Change Programme gives; how many "ended up in" jobs or school asks what came of it, which
no count of those taking part says."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


def test_ended_up_in_a_programme_is_a_count(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "so how many LAs ended up in the change programme altogether",
        "change-programme-local-authorities",
    )


def test_ended_up_in_work_is_what_came_of_it(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "how many young people ended up in paid work")
    assert reply.outcome is not Outcome.ANSWERED, reply.text
