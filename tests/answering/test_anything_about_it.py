"""'is there anything in it about the early career framework', 'does the new early career
framework have anything on SEND in it?': asking whether the source speaks of a topic. "anything"
is a word of the asking, not of the topic: read as a topic word it weighed as much as the
topic's own and left the fact on that topic below the answering threshold."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is there anything in it about the early career framework", "itt-ecf-send-content"),
        (
            "does the new early career framework have anything about SEND in it?",
            "itt-ecf-send-content",
        ),
        ("is there anything about APs taskforces in it", "ap-specialist-taskforce-extension"),
    ],
)
def test_asking_if_it_says_anything_about_a_topic_gets_that_topics_fact(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)
