"""'is there anything in it about X' asks whether the source speaks of X: the fact on X answers.
Only 'anything' before 'about', 'on' or 'regarding' is read so; 'cost anything' keeps it."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.anything_about import without_anything_about
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is there anything in it about the early career framework?", "itt-ecf-send-content"),
        ("did they say anything about SEND in the new ECF?", "itt-ecf-send-content"),
        ("is there anything at all on PINS in it", "pins-programme"),
        (
            "anything in there about the AP specialist taskforce?",
            "ap-specialist-taskforce-extension",
        ),
    ],
)
def test_anything_about_a_topic_is_answered_with_its_fact(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    assert_answered_with(single_source_index, question, fact)


def test_a_cost_of_anything_is_still_a_cost_the_source_does_not_give(
    single_source_index: FactIndex,
) -> None:
    reply = answer(single_source_index, "does the npq senco cost anything")
    assert reply.outcome is Outcome.PARTIAL
    assert "cost" in (reply.missing or "")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("is there anything in it about the ECF", "is there in it about the ECF"),
        ("does it have Anything on SEND", "does it have on SEND"),
        ("isn't it delivering anything?", "isn't it delivering anything?"),
        ("has it changed anything for schools", "has it changed anything for schools"),
        # what is done, not a request for the topic: read as "are they doing about send?" the
        # question lost its object and was declined
        ("are they doing anything about send?", "are they doing anything about send?"),
    ],
)
def test_only_anything_before_about_or_on_is_dropped(text: str, read: str) -> None:
    assert without_anything_about(text) == read
