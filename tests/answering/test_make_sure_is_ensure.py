"""'make sure' is 'ensure' (a synonym in both bases): "what will the npq make sure sencos get"
asks what it is meant to ensure, which its purpose says, not when it was confirmed."""

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_what_it_makes_sure_of_is_its_purpose(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "what is the new senco npq going to make sure sencos get?",
        "npq-senco-purpose",
    )
    assert "consistent high-quality" in reply.text
