"""When a framework "kicks in", "takes effect" or "is due to come in" is when it starts."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "when will the ittecf kick in for new teachers",
        "when does the ittecf take effect?",
    ],
)
def test_when_a_framework_kicks_in_is_when_it_starts(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "ittecf-minimum-entitlement-2025")


@pytest.mark.parametrize(
    "question",
    [
        "when did the dept confirm the new NPQ for SENCOs and when is it due to come in?",
        "when is the new senco npq due to start",
    ],
)
def test_when_it_is_due_to_come_in_is_when_it_starts(
    single_source_index: FactIndex, question: str
) -> None:
    # Not "... gives when it was confirmed (August 2023), not when it ends or any deadline."
    reply = assert_answered_with(single_source_index, question, "npq-senco")
    assert "Autumn 2024" in reply.text


def test_when_it_is_due_to_end_is_still_its_end(single_source_index: FactIndex) -> None:
    question = "when is the ap taskforce due to end"
    assert_answered_with(single_source_index, question, "ap-specialist-taskforce-extension")
