"""'make sure' is 'ensure' (a synonym in both bases): "what will the npq make sure sencos get"
asks what it is meant to ensure, which its purpose says, not when it was confirmed."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_what_it_makes_sure_of_is_its_purpose(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "what is the new senco npq going to make sure sencos get?",
        "npq-senco-purpose",
    )
    assert "consistent high-quality" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "make sure of" asks what a thing will bring about, as "ensure" does
        # ("what does the dfe say the new npq will" is seven words before it)
        ("what does the dfe say the new npq will make sure of?", "npq-senco-purpose"),
        # the purpose, not when the qualification starts
        (
            "what does the govt say the new qualification will make sure of for sencos?",
            "npq-senco-purpose",
        ),
    ],
)
def test_what_it_will_make_sure_of_is_its_purpose(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.fact is not None and reply.fact.quote in reply.text
