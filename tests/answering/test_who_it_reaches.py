"""A "who" asking whom something went to or helps ("who received it?"), or a "where" asking
where money goes, is answered by a fact whose own words name them ("supported all local
authorities in England", "allocated to local authorities"), not told that the written answer
names no person or place. Who runs or announced something still asks for a name, and where
things will be built still asks for places."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_whom_the_money_went_to_is_answered_by_the_bodies_it_names(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    for index in (single_source_index, shipped_index):
        assert_answered_with(
            index,
            "who has the supported internships grant funding gone to?",
            "supported-internships-all-las",
        )
    assert_answered_with(
        single_source_index,
        "the supported internship grant money, who received it?",
        "supported-internships-all-las",
    )


def test_who_runs_it_still_asks_for_a_name(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index, "who is running the PINS programme?", "doesn't name the person"
    )


def test_where_the_money_goes_is_answered_by_the_bodies_it_is_allocated_to(
    shipped_index: FactIndex,
) -> None:
    # Either of the two facts saying so answers: "allocated to local authorities to pass
    # through to schools", "allocated by local authorities to schools, colleges ..."
    reply = answer(shipped_index, "where does high needs money go, is it straight to schools?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and "allocated" in reply.fact.quote


def test_where_new_schools_will_be_still_asks_for_places(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "where are the 15 additional special free schools going", "where"
    )
