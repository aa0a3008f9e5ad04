"""Chat that names no topic, said while members talk to each other in an answer channel:
"what about this one?", "anything?", "anything on this?". "one" there is a pronoun, not the
figure 1 a fact gives ("one AP free school"), and "anything" with no other topic word names
none (one fact's phrasing "are they actually doing anything about send?" drew it). Each was
answered with a fact at 0.96 or more, so sendbot posted it unasked; now each is declined.
Their look-alikes that name a topic or a figure still get their fact."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome, match
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "said",
    [
        "what about this one?",
        "what about the one?",
        "anything?",
        "anything on this?",
        "anything on that?",
    ],
)
def test_chat_naming_no_topic_is_not_answered(shipped_index: FactIndex, said: str) -> None:
    assert answer(shipped_index, said).outcome is Outcome.DECLINED
    assert match(shipped_index, said).confidence < 0.5


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("are they actually doing anything about send?", "department-delivering-plan"),
        ("what does the 10.5bn refer to", "high-needs-funding-2024-25"),
        ("how many ap free schools opened?", "special-schools-opened"),
    ],
)
def test_their_look_alikes_still_get_their_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)
