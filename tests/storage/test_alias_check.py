"""What /kb gaps says a question is answered with now, and whether a saved phrasing is."""

from __future__ import annotations

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import match
from sendbot.storage.alias_check import answered_with


def test_a_question_is_answered_with_what_the_reply_gives(shipped_index: FactIndex) -> None:
    # /kb gaps showed "now answered with" the matcher's fact, where the reply is partial.
    question = "how many billions more for schools in 2024"
    alone = match(shipped_index, question)
    assert alone.answered and alone.best is not None
    assert not answer(shipped_index, question).answered
    assert answered_with(shipped_index, question) is None
    newest = answer(shipped_index, "total send funding").fact
    assert newest is not None
    assert answered_with(shipped_index, "total send funding") == newest.id
