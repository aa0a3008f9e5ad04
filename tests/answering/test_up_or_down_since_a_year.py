"""A figure said to be "up" or "down" since, from or on a year ("is high needs funding up on
2019-20?") asks the change counted from that year, which is its base, not the period of the
figure asked: the fact counting from it answers, not a partial reply saying the rise is given
for another year "not since" the one named."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how much is the high needs budget up since 2019-20",
        "high needs money is up from 2019/20 how much",
        "is high needs spending up on 2019/20, how much",
        "what is send high needs funding up by since 2019",
    ],
)
def test_up_since_a_year_is_the_rise_counted_from_it(
    shipped_index: FactIndex, question: str
) -> None:
    # Was partial: "... rise since 2019/20 for 2024/25, not since 2019/20".
    reply = assert_answered_with(shipped_index, question, "high-needs-rise-since-2019-20")
    assert "not since" not in reply.text


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("has the deficit gone down since 2020", True),
        ("is the budget down on 2021", True),
        ("how much is funding up from 2019", True),
        ("what can councils claim up to 2025", False),
        ("sign up from 2024 for the training?", False),
    ],
)
def test_up_or_down_before_a_year_reads_as_a_change(question: str, change: bool) -> None:
    assert analyse(question).change is change
