"""'Is this reply from 2023 or 2024?' asks which of two times the written answer is of: when it
was answered, as "when was it answered?" asks; the answer's record answers it, not a fact of
either year."""

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.record_part_asked import AnswerPart, record_part_asked
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "is the answer dated 2023 or 2024, need it for my notes",
        "was it answered in 2023 or in 2024",
        "is this one from jan 2024 or nov 2023",
    ],
)
def test_which_of_two_years_is_when_it_was_answered(
    single_source_index: FactIndex, question: str
) -> None:
    assert record_part_asked(question) is AnswerPart.ANSWERED_ON
    reply = assert_answered_with(single_source_index, question, "document-answered-date")
    assert "8 February 2024" in reply.text


def test_two_years_of_a_topic_ask_no_record_part() -> None:
    assert record_part_asked("is the high needs money for 2023 or 2024") is None
