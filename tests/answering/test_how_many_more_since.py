"""On the shipped base: "how many more pupils in special schools since 2017" asks the rise
since that year, which the June 2023 answer gives ("over 50,000 more ... compared to 2017"),
not the number of pupils (whose newest figure, for 2024/25, says nothing of 2017). "How many
more" with no year it is counted from still asks a count."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how many more children are in special schools since 2017?",
        "how many more kids in special schools since 2017",
    ],
)
def test_how_many_more_since_a_year_is_the_rise(shipped_index: FactIndex, question: str) -> None:
    assert_answered_with(shipped_index, question, "special-school-pupils-rise-since-2017")


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("how many more pupils in special schools since 2017", True),
        ("how many more special schools are planned?", False),
        ("how many more EPs will be trained", False),
    ],
)
def test_only_a_year_counted_from_makes_it_a_change(question: str, change: bool) -> None:
    assert analyse(question).change is change
