""" "Now" set against an earlier time ("how many are in special schools now compared with ten
years ago?") asks the newest figure first: the reply leads with the measure's newest fact,
which gives the earlier figure after it, not with the earlier year's fact."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_latest
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "how many pupils are in special schools now compared to 2015/16",
            "how many pupils are in special schools compared to 2015/16",
        ),
        (
            "how many kids are at special schools now, versus a decade ago",
            "how many kids are at special schools, versus a decade ago",
        ),
        # "now" inside the figure asked is no comparison
        ("how many are working in schools now", "how many are working in schools now"),
    ],
)
def test_now_before_a_comparison_asks_for_the_newest(text: str, expected: str) -> None:
    assert without_latest(text) == expected


@pytest.mark.parametrize(
    "question",
    [
        "how many children are in special schools now compared with ten years ago?",
        "how many kids are at special schools now, compared to a decade ago",
        "number of pupils in special schools now as opposed to ten years back?",
    ],
)
def test_the_newest_figure_leads(shipped_index: FactIndex, question: str) -> None:
    reply = assert_answered_with(shipped_index, question, "pupils-in-special-schools-2024-25")
    first = reply.text.splitlines()[0]
    assert "200,000" in first and first.index("200,000") < first.index("115,000"), reply.text
