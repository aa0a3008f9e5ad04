"""A question about a written answer itself ("what date was the question asked?", "who
answered it?") that names no topic, no time and no answer: over a base of several written
answers nothing says which one it means, so no one answer's date or minister is picked. Over
a one-answer base the one answer is meant. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from sendbot.answering.answer_parts import (
    answer_part,
    asked_of_answer,
    names_no_answer,
    names_only_a_time,
)
from sendbot.answering.question import Question
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact
from sendbot.knowledge.periods import Period, parse_period

WHICH_ANSWER = "Several written answers give that; which one do you mean?"


def answers_it_could_mean(facts: Sequence[Fact], best: Fact, question: Question) -> list[Fact]:
    """The facts giving the same part of every written answer, `best` first, when the question
    could mean any of them; empty when it names which, or there is only one. `best` alone when
    it is the only written answer of several that gives that part ("who asked it?": most do
    not say)."""
    part = answer_part(best)
    if part is not None and names_only_a_time(question):
        return _answers_of_the_time(facts, best, question)
    if part is None or not names_no_answer(question):
        return []
    if all(fact.source_id == best.source_id for fact in facts):
        return []  # one written answer: the one meant
    same = [
        fact for fact in facts if fact.source_id != best.source_id and answer_part(fact) is part
    ]
    return [best, *same]


def _answers_of_the_time(facts: Sequence[Fact], best: Fact, question: Question) -> list[Fact]:
    """ "who answered the question in june 2025?" when two written answers were given that
    month: the same part of each, `best` first; empty when only one was."""
    period = _time_named(question)
    part = answer_part(best)
    if period is None or not period.start <= best.as_of <= period.end:
        return []
    same = [
        fact
        for fact in facts
        if fact.source_id != best.source_id
        and answer_part(fact) is part
        and period.start <= fact.as_of <= period.end
    ]
    return [best, *same] if same else []


def _time_named(question: Question) -> Period | None:
    """The one month ("june 2025", "jun 2025") or year a question names, else None."""
    said = question.words
    months = [
        f"{year}-{_MONTH_NUMBERS[month]:02d}"
        for month, year in pairwise(said)
        if month in _MONTH_NUMBERS and _YEAR.fullmatch(year)
    ]
    years = [word for word in said if _YEAR.fullmatch(word)]
    named = months or years
    return parse_period(named[0]) if len(set(named)) == 1 else None


_MONTH_NUMBERS = {**MONTHS, **{name[:3]: number for name, number in MONTHS.items()}, "sept": 9}
_YEAR = re.compile(r"(?:19|20)\d{2}")


def asks_its_part(question: Question, fact: Fact) -> bool:
    """The question asks for the part of a written answer the fact gives ("who answered?" of
    the fact naming an answer's minister)."""
    part = answer_part(fact)
    return part is not None and part in asked_of_answer(question, frozenset(question.words)).parts


def which_one_text(could_mean: Sequence[Fact]) -> str:
    """Asks which written answer is meant, saying what the newest of them gives (or the only
    one that gives it)."""
    if len(could_mean) == 1:
        return (
            "Several written answers are in my sources and only one gives that: "
            f"{could_mean[0].statement} Which one do you mean?"
        )
    newest = max(could_mean, key=lambda fact: fact.as_of)
    return f"{WHICH_ANSWER} The newest, of {human_date(newest.as_of)}: {newest.statement}"


# What a record's title sets aside: "the question on neurodiversity inclusion outside PINS
# areas" is not about PINS.
_SET_ASIDE_IN_TITLE = re.compile(r"\b(?:outside|beyond|except|excluding|without|not)\b.*")


def titled_on(title: str, topic: Sequence[str], terms: Callable[[str], Sequence[str]]) -> bool:
    """A written answer's record names every word of the topic in its title, not as what it
    sets aside: "who answered the question about PINS?" means "the Lords question on
    evaluating PINS", not "the question on neurodiversity inclusion outside PINS areas".
    `terms`: the matcher's terms of a text."""
    named = set(terms(_SET_ASIDE_IN_TITLE.sub("", title.lower())))
    return bool(topic) and all(term in named for term in topic)
