"""On-topic questions the many written answers do not answer, each asking for a detail beside
the fact closest to it: a year none gives, when something else happened than the date a fact
gives, names or findings a fact does not give. Each is told what the written answer lacks
(a partial reply) or declined: never given the related fact as its answer."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_not_answered


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("how many special schools opened in the 2021/22 academic year", ("2021_22",)),
        ("high needs funding for the 2019/20 financial year", ("2019_20",)),
        ("what was spent in the 2018 school year", ("2018",)),
    ],
)
def test_a_year_named_after_the_is_asked_about(question: str, years: tuple[str, ...]) -> None:
    assert analyse(question).years == years


@pytest.mark.parametrize(
    "question",
    [
        "how many special schools opened in the 2021/22 academic year",
        "how many special schools opened in the 2019/20 academic year",
    ],
)
def test_a_year_none_gives_is_said_not_given(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, r"not for 20\d\d/\d\d")
