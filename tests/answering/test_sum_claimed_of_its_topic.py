"""A sum heard of the topic the one figure of its size is about ("someone said the send plan
has 10 billion, is that right?") is checked against that figure, as a sum heard alone is: the
reply gives the £10.5 billion and says which figure it sets right."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_a_sum_heard_of_the_plan_is_set_right(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "a parent at school said the send plan has 9 billion, is that right?",
        "high-needs-funding-2024-25",
    )
    assert "not 9 billion" in reply.text
