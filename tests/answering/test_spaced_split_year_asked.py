"""A split year typed with a space ("2023 24") before the words that ask
("what was the total", "how much") is that year, so the year's own figure answers, not a
neighbouring year's."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_the_year_before_what_was_the_total_is_the_split_year(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "high needs funding for 2023 24 what was the total",
        "high-needs-total-2023-24",
    )


def test_a_spaced_split_year_before_the_topic_is_the_split_year(
    single_source_index: FactIndex,
) -> None:
    # "2024 25 send": the year, then the topic; no 25 of anything counted
    assert_answered_with(
        single_source_index, "how much funding 2024 25 send", "high-needs-funding-2024-25"
    )
