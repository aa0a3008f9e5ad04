""" "How many new places come from the schools opened this year?" counts places: the count of
schools opened is the closest fact on topic but counts something else, so it does not stand in
the way of the fact counting the places; and the verb after "places" is no part of what is
counted."""

from sendbot.answering.match import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


def test_the_count_of_places_answers_though_the_schools_are_named_more(
    single_source_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        single_source_index,
        "how many new places come from the 15 special schools opened this year?",
        "special-school-places-created",
    )
    assert "1,500" in reply.text


def test_what_is_counted_ends_before_its_verb() -> None:
    assert analyse("how many new places came from the new schools?").subject == "new places"
    assert analyse("how many councils make up the change programme").subject == "councils"
