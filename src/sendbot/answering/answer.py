"""The one entry point every front end calls: question text -> Reply."""

from __future__ import annotations

from sendbot.answering.match import FactIndex, Outcome, match
from sendbot.answering.reply import Reply, build_reply

MAX_QUESTION_LENGTH = 300


class QuestionTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(
            f"That question is {length} characters long; please keep it under "
            f"{MAX_QUESTION_LENGTH}."
        )
        self.length = length


def answer(index: FactIndex, question: str) -> Reply:
    question = question.strip()
    if len(question) > MAX_QUESTION_LENGTH:
        raise QuestionTooLong(len(question))
    return build_reply(match(index, question), index.kb)


__all__ = ["MAX_QUESTION_LENGTH", "Outcome", "QuestionTooLong", "Reply", "answer"]
