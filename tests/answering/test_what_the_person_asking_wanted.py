"""'What did the person asking want the department to tell them?' asks what the written
question asked: the member is named by what they did ("the person asking", "the questioner"),
and what they wanted the department to say is what they wanted to know."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "what did the questioner want the government to explain",
        "so what did the person asking actually want to find out",
        "what did the mp want the dfe to set out",
    ],
)
def test_what_the_member_wanted_is_what_was_asked(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-question")
    assert "recent progress" in reply.text
