"""On the shipped base: "how much did it go up in 2023/24 vs the year before?" asks for the
change between two years, which a fact stating that change answers; "vs" between two things
("mainstream units vs special schools") or two years the source gives no change for is still a
comparison no written answer makes."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        (
            "how much did high needs funding increase in 2023/24 versus the previous year?",
            "high-needs-increase-2023-24",
            "£970 million",
        ),
        (
            "how many pupils were in special schools in 2024/25 vs 2015/16?",
            "pupils-in-special-schools-2024-25",
            "from 115,000 to 200,000",
        ),
    ],
)
def test_a_change_between_two_years_is_answered_by_the_fact_stating_it(
    shipped_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert figure in reply.text


def test_vs_between_two_things_is_still_a_comparison_the_answers_do_not_make(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "how much of the £2.6 billion goes to mainstream units vs special schools",
        "compare",
    )


def test_two_years_of_a_figure_no_answer_splits_are_still_not_answered(
    single_source_index: FactIndex,
) -> None:
    # The 400 educational psychologists are trained over 2024 and 2025 together.
    assert_not_answered(single_source_index, "how many eps will be trained in 2024 vs 2025", "")


@pytest.mark.parametrize(
    "question",
    [
        "how much high needs money did warwickshire get in 2024/25?",
        "warwickshire high needs block in 2024/25 in pounds",
    ],
)
def test_a_year_a_figure_is_only_compared_with_is_not_the_year_it_gives_a_figure_for(
    shipped_index: FactIndex, question: str
) -> None:
    """ "an increase of £6.9 million on their 2024/25 DSG high needs block" gives the 2025/26
    allocation and its rise, not what Warwickshire got in 2024/25. (The year read as only the
    one compared with may say so first: either is true.)"""
    assert_not_answered(shipped_index, question, "not (one|a figure) for 2024/25")


def test_a_rise_on_the_year_compared_with_is_still_answered_by_the_rise(
    shipped_index: FactIndex,
) -> None:
    reply = assert_answered_with(
        shipped_index,
        "by how much has warwickshire's high needs block gone up since 2024/25",
        "warwickshire-high-needs-increase-2025-26",
    )
    assert "£6.9 million" in reply.text
