"""A question about the asker's own council, named where they say they live ("has my local
authority been funded for it? I live in Dorset"), is answered by a fact saying it was done for
every local authority; not told that the source gives no figure for Dorset. Whether one council
takes part in something that benefits every region is still not said."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_what_every_council_had_answers_for_the_askers_own(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    for index in (single_source_index, shipped_index):
        assert_answered_with(
            index,
            "has my local authority been funded to improve supported internships? I live in Dorset",
            "supported-internships-all-las",
        )


def test_whether_the_askers_council_takes_part_is_still_not_said(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index, "is my council (Leeds) part of the change programme?", "not for Leeds"
    )
