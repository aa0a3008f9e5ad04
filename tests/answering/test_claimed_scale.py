"""A figure told with nothing else said of it ("someone said 10 billion, is that right?"): its
size names the one figure of the base it can get wrong, a sum or a count of the unit it names
within a factor of two; the reply answers with that figure's fact and sets the claim right.
Two figures of that size, or none, and it names neither."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("message", "fact_id", "corrected"),
    [
        (
            "my friend reckons it's £9 billion, is that right?",
            "high-needs-funding-2024-25",
            "£9 billion",
        ),
        ("a parent told me 35 LAs, is that correct?", "change-programme-local-authorities", "35"),
    ],
)
def test_a_bare_figure_is_checked_against_the_one_of_its_size(
    single_source_index: FactIndex, message: str, fact_id: str, corrected: str
) -> None:
    reply = assert_answered_with(single_source_index, message, fact_id)
    assert f"not {corrected}" in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize(
    "message",
    [
        "someone said 40 billion, is that right?",  # four times any sum the source gives
        "someone said 30 schools, is that right?",  # 15 opened, 76 approved: which?
    ],
)
def test_a_bare_figure_of_no_one_size_is_not_answered(
    single_source_index: FactIndex, message: str
) -> None:
    assert_not_answered(single_source_index, message, "")


def test_a_bare_sum_is_not_answered_where_several_are_of_its_size(
    shipped_index: FactIndex,
) -> None:
    # The shipped base gives the high needs budget of several years, each about £10 billion.
    assert_not_answered(shipped_index, "someone said 10 billion, is that right?", "")
