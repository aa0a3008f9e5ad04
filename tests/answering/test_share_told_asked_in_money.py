"""A percentage the asker tells, asked as money ("high needs is up 4.3%, what is that in
pounds?"), is answered by the fact whose quote gives that percentage beside a sum (the rise),
not by the same year's total, which shares more of the question's words but gives no such
percentage."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from sendbot.answering.told_share import shares_told
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "the dfe said high needs would go up 4.3% in 2024/25, what does that come to in money?",
        "4.3% more for high needs in 24/25 - how much cash is that?",
    ],
)
def test_the_share_told_is_answered_with_the_sum_beside_it(
    shipped_index: FactIndex, question: str
) -> None:
    # Not "over £10.5 billion in 2024/25", the year's total.
    reply = assert_answered_with(shipped_index, question, "high-needs-increase-2024-25")
    assert "£440 million" in reply.text


def test_only_a_sum_or_count_asked_reads_a_share_told() -> None:
    assert [f.value for f in shares_told(analyse("up 4.3%, how much is that in pounds?"))] == [4.3]
    # a percentage asked is no share told
    assert not shares_told(analyse("what percentage rise was 4.3% compared with?"))
    assert not shares_told(analyse("how much is the high needs budget in 2024/25?"))
