"""What a programme is for, asked in words of what its makers hope it brings ("what are they
hoping the senco npq will change?"), checked by naming it ("is the course supposed to be about
X?"), or after a lead-in saying whose word is wanted ("according to the reply, what will staff
get out of it?"): the fact saying what it is for, not its sibling giving a count or a start;
a count or a figure asked keeps its fact."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what are they hoping the senco npq will change", "npq-senco-purpose"),
        (
            "what does the dfe want the new senco qualification to do for schools",
            "npq-senco-purpose",
        ),
        (
            "what do ministers expect the early years senco course to achieve",
            "early-years-senco-training-purpose",
        ),
        (
            "is the ey senco course supposed to be about working with parents?",
            "early-years-senco-training-purpose",
        ),
        (
            "according to the reply, what will nursery staff get out of the early years senco "
            "course",
            "early-years-senco-training-purpose",
        ),
        # the count and the start, asked with the same lead-in, keep their facts
        (
            "according to the dfe, how many practitioners signed up for the early years senco "
            "course",
            "early-years-senco-training",
        ),
        ("per the answer when does the senco npq start", "npq-senco"),
    ],
)
def test_purpose_hoped_or_led_in(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("words", "intent"),
    [
        ("what do they hope the new course does for teachers", Intent.REASON),
        ("is the grant supposed to be about early help", Intent.REASON),
        ("according to the government what will sencos get out of it", Intent.REASON),
        # a figure expected is no purpose
        ("what do they expect the total to be", Intent.OTHER),
    ],
)
def test_read_as_a_purpose(words: str, intent: Intent) -> None:
    assert intent_of(words.split()) is intent
