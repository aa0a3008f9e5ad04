"""A rise's size asked as "up by what": "the high needs budget is up by what percent?" asks the
percentage rise, which the fact stating the 60% increase gives (not a partial saying it gives
no share of the whole)."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question", ["high needs budget up by what percent", "the high needs budget is up by what %?"]
)
def test_percentage_rise_asked_as_up_by(single_source_index: FactIndex, question: str) -> None:
    assert_answered_with(single_source_index, question, "high-needs-budget-increase")


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("funding up by what percent", True),
        ("is it down by about a tenth", True),
        # a doer or a date after "up by" asks no change
        ("was pins set up by the dfe", False),
        ("can i sign up by march", False),
    ],
)
def test_up_by_reads_as_a_change(text: str, change: bool) -> None:
    assert analyse(text).change is change
