"""A question that asks outright of the whole country ("across england", "nationally") asks of
no one area, whatever the asker says about where they are: "there's no special school near us"
told before it is their plight, not a place the figure must be for."""

from sendbot.answering.asked_places import asks_nationally
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_the_whole_country_asked_of_is_no_local_question() -> None:
    assert not analyse(
        "we live in rural Norfolk and there is no special school near us, how many opened "
        "across england this year?"
    ).local
    assert analyse("how many special schools opened near us?").local


def test_a_comparison_with_the_country_still_asks_of_the_area() -> None:
    assert not asks_nationally("how many opened near us compared with across england")
    assert analyse("how many special schools opened near us compared with across england?").local


def test_a_national_count_is_answered_beside_the_askers_plight(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "we moved to Kent and there's nothing suitable near us for our daughter - how many new "
        "special schools opened nationally this academic year?",
        "special-schools-opened",
    )


def test_the_askers_own_area_asked_of_is_still_not_answered(
    single_source_index: FactIndex,
) -> None:
    assert_not_answered(
        single_source_index,
        "how many new special schools opened near us this academic year?",
        "England as a whole",
    )
