"""A question, then the asker's story or doubt ("the PQ went to which department? I'd guessed
health given the ICB bits"): the story's words dilute the question's and the whole message is
declined. The question read alone answers when the whole message, story and all, still ranks
its fact among the first two and says nothing that fact lacks, though alone it is not sure
enough (0.95) to stand against the whole. On the one-source base."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "the question was for which department? I figured health because integrated care "
        "boards come up",
        "the PQ went to which department? I'd guessed health given the ICB bits, not sure",
    ],
)
def test_the_question_alone_answers_when_the_story_agrees(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "document-department")
    assert "is read as your question: the rest of your message was left out" in reply.text
