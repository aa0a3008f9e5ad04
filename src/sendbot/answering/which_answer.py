"""A question about a written answer itself ("what date was the question asked?", "who
answered it?") that names no topic, no time and no answer: over a base of several written
answers nothing says which one it means, so no one answer's date or minister is picked. Over
a one-answer base the one answer is meant. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.answer_parts import answer_part, names_no_answer
from sendbot.answering.question import Question
from sendbot.knowledge.model import Fact


def answers_it_could_mean(facts: Sequence[Fact], best: Fact, question: Question) -> list[Fact]:
    """The facts giving the same part of every written answer, `best` first, when the question
    could mean any of them; empty when it names which, or there is only one."""
    part = answer_part(best)
    if part is None or not names_no_answer(question):
        return []
    same = [
        fact for fact in facts if fact.source_id != best.source_id and answer_part(fact) is part
    ]
    return [best, *same] if same else []
