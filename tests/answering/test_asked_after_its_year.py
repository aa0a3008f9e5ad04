"""What follows the year a fact gives a figure for ("the plan after 2024/25" of funding in
2024/25) is not given by it: a partial says so. The figure for the year is still answered, and
so is an end date the source gives ("when will the taskforce end")."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "how much high needs money is there beyond 2024/25",
            r"^The written answer speaks of the years up to 2024/25, not after 2024/25\.$",
        ),
    ],
)
def test_after_its_year_or_what_came_of_it_is_not_answered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much is the send plan backed by in 2024/25", "high-needs-funding-2024-25"),
        (
            "when was the new send content for teacher training announced",
            "itt-ecf-send-content",
        ),
        ("when does the ap specialist taskforce end", "ap-specialist-taskforce-extension"),
    ],
)
def test_the_year_given_and_what_was_done_are_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_before_the_date_a_count_starts_is_not_answered(single_source_index: FactIndex) -> None:
    # counted since May 2022: what came before it is not in the count
    assert_not_answered(
        single_source_index,
        "how many people had done the autism awareness training before may 2022",
        r"since May 2022, not before May 2022\.$",
    )
    assert_answered_with(
        single_source_index,
        "how many online modules have been completed since may 2022",
        "online-training-modules",
    )
