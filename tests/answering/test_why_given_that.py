"""A why-question whose "when" opens what already exists ("why X when there's already Y",
"why do X when Z already ...") asks why, not when: it is answered by the fact saying
what X is for, not by the one dating X. "why and when", or a "when" asking of a time after it,
still asks when."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import words
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("why replace the senco award when sencos already have one", Intent.REASON),
        ("why pay for more trainee eps when councils already employ some", Intent.REASON),
        ("why and when was pins set up", Intent.DATE),
        ("why was it delayed, when does it start", Intent.START),
        ("why was it delayed and when is the new date", Intent.DATE),
    ],
)
def test_why_against_a_given_is_a_reason(question: str, intent: Intent) -> None:
    assert intent_of(words(question)) is intent


def test_a_new_qualification_when_one_exists_gets_its_purpose(
    single_source_index: FactIndex,
) -> None:
    question = (
        "long-serving senco here - why is the department swapping in an npq when sencos "
        "already have a qualification of their own?"
    )
    assert_answered_with(single_source_index, question, "npq-senco-purpose")
