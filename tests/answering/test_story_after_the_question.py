"""A question, then the asker's story or doubt ("the PQ went to which department? I'd guessed
health given the ICB bits"): the story's words dilute the question's and the whole message is
declined. The question read alone answers when the whole message, story and all, still ranks
its fact among the first two and says nothing that fact lacks, though alone it is not sure
enough (0.95) to stand against the whole. On the one-source base."""

import pytest

from sendbot.answering.answer import answer
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


def test_how_it_seems_to_the_asker_after_the_question_is_left_out(
    shipped_index: FactIndex,
) -> None:
    # Told after the question, the asker's seat on a board draws the whole message to the fact
    # on partnership boards; the question alone is answered at least as surely.
    reply = assert_answered_with(
        shipped_index,
        "will the evaluation tell us which bits of the change programme work? i sit on our "
        "local send partnership board and we get asked a lot",
        "change-programme-evaluation-purpose",
    )
    assert "is read as your question: the rest of your message was left out" in reply.text


def test_what_narrows_the_question_after_it_is_kept(shipped_index: FactIndex) -> None:
    # told after the question, where the asker lives narrows what is asked: not left out
    reply = answer(shipped_index, "how many special free schools were approved? we live in Devon")
    assert "the rest of your message was left out" not in reply.text
