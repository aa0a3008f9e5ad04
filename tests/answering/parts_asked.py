"""Which parts of a written answer's own record (who answered, when it was asked, ...) a
question asks for, read as answering reads it: for tests of those parts."""

from sendbot.answering.answer_parts import AnswerPart, asked_of_answer
from sendbot.answering.normalise import words
from sendbot.answering.question import analyse


def parts_asked(question: str) -> frozenset[AnswerPart]:
    return asked_of_answer(analyse(question), frozenset(words(question))).parts
