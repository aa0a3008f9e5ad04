"""A count the source gives only in total: a part of it, a split of it, or how many have
started what it plans, is not answered with the total."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_part_of_the_places_is_not_the_total(single_source_index: FactIndex) -> None:
    assert_not_answered(
        single_source_index,
        "how many of the 1,500 new places are for children with autism",
        "not how many of them are for children with autism",
    )
    assert_answered_with(
        single_source_index,
        "how many new places for children and young people were created",
        "special-school-places-created",
    )


def test_when_a_count_was_reached_is_not_a_part_of_it(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "how many of the online send modules have people done since may 2022",
        "online-training-modules",
    )


def test_a_split_of_the_places_between_schools_is_not_given(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "how many of the 1,500 places are in special schools and how many in the AP free school",
        "not how many of each",
    )


def test_how_many_trainees_have_started_is_not_the_number_funded(
    single_source_index: FactIndex,
) -> None:
    for question in (
        "how many trainee educational psychologists have started",
        "how many eps are currently in training",
    ):
        assert_not_answered(single_source_index, question, "a plan, not how many so far")
    assert_answered_with(
        single_source_index,
        "how many more educational psychologists will be trained",
        "educational-psychologists-trainees",
    )


def test_a_split_the_source_gives_is_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "how many special schools opened and how many AP free schools opened",
        "special-schools-opened",
    )
