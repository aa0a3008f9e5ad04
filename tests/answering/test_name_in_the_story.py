"""A question pointing back ("how much is in it?") at a name its story gives: a name whose first
word is an everyday one ("the Change Programme") is read whole, not as "programme" alone.

Measured against the frozen single-source knowledge base.
"""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_a_name_starting_with_an_everyday_word_is_the_topic_pointed_back_at(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "I'm a SENCO (secondary, 1,200 pupils, about 90 on the SEN register) and I've been "
        "asked to find out about the Change Programme because the next LA over is in it. How "
        "much money is in it?",
        "change-programme",
    )
    assert_answered_with(
        single_source_index,
        "I'm a SENCO at a secondary and I've been asked by our governors to look into the Change "
        "Programme as a nearby LA is in it. How much money is in it?",
        "change-programme",
    )
