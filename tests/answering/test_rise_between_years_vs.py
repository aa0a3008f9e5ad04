"""On the shipped base: "how much did it go up in 2024/25 vs 2023/24" asks by how much it rose,
as "compared with 2023/24" does; "how many EPs in 2024 vs 2025" asks for no change and stays a
comparison the written answers do not make."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much has high needs funding increased in 2024-25 vs 2023-24?",
        "how much has high needs funding gone up in 2024/25 vs 2023/24",
    ],
)
def test_a_rise_in_one_year_vs_another_is_the_rise(shipped_index: FactIndex, question: str) -> None:
    assert analyse(question).intent is Intent.AMOUNT
    assert_answered_with(shipped_index, question, "high-needs-increase-2024-25")


def test_extra_in_one_year_versus_another_asks_an_amount() -> None:
    question = analyse("high needs - how much extra in 2024/25 versus 2023/24")
    assert question.intent is Intent.AMOUNT


def test_two_years_side_by_side_stay_a_comparison() -> None:
    assert analyse("how many educational psychologists in 2023 vs 2024").intent is (
        Intent.DIFFERENCE
    )
