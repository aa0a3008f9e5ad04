"""A "who" asking whom something went to or helps ("who received it?") is answered by a fact
whose own words name them ("supported all local authorities in England"), not told that the
written answer names no person. Who runs or announced something still asks for a name."""

from sendbot.answering.fact_index import FactIndex
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
