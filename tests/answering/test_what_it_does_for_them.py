"""'what will the npq do for sencos' asks what it is for, told by whom it serves: the fact
saying its purpose answers, not the one dating it."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import words
from tests.answering.expected_replies import assert_answered_with


def test_what_it_will_do_for_them_is_its_purpose(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index, "what would the new npq do for sencos", "npq-senco-purpose"
    )


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what does pins do for schools", Intent.REASON),
        # whom it serves, joined or qualified
        ("what does the npq do for sencos and teachers", Intent.REASON),
        ("what will the programme actually do for children with send", Intent.REASON),
        # what one asker's child will get is no purpose of a programme
        ("what will the dfe do for kids like mine", Intent.OTHER),
    ],
)
def test_do_for_reads_as_a_purpose_only_of_a_named_thing(question: str, intent: Intent) -> None:
    assert intent_of(words(question)) is intent


def test_what_it_does_for_a_joined_group_is_its_purpose(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "what does the universal services programme do for teachers and college staff",
        "universal-services-programme-purpose",
    )
