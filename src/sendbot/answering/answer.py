"""The one entry point every front end calls: question text -> Reply."""

from __future__ import annotations

import datetime as dt

from sendbot.answering.latest import match_for_newest
from sendbot.answering.match import FactIndex, Outcome
from sendbot.answering.newest import DEFAULT_STALE_MONTHS, Newest, resolve
from sendbot.answering.question import analyse
from sendbot.answering.reply import Reply, build_reply

MAX_QUESTION_LENGTH = 300


class QuestionTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(
            f"That question is {length} characters long; please keep it under "
            f"{MAX_QUESTION_LENGTH}."
        )
        self.length = length


def answer(
    index: FactIndex,
    question: str,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Reply:
    """`today` (from the caller's clock) lets the reply say a measure's newest figure is old."""
    newest = decide(index, question, today, stale_months)
    return newest.annotate(build_reply(newest.result, index.kb))


def decide(
    index: FactIndex,
    question: str,
    today: dt.date | None = None,
    stale_months: int = DEFAULT_STALE_MONTHS,
) -> Newest:
    """The decision behind `answer`: the match result (its fact is the one `score` is about,
    the closest one when declined) and what to say beside it."""
    question = question.strip()
    if len(question) > MAX_QUESTION_LENGTH:
        raise QuestionTooLong(len(question))
    # Analysed once: the matcher and the newest-figure check read the same analysis.
    asked = analyse(question)
    return resolve(index, match_for_newest(index, question, asked), asked, today, stale_months)


__all__ = ["MAX_QUESTION_LENGTH", "Outcome", "QuestionTooLong", "Reply", "answer", "decide"]
