"""Which kind of figure a question asks for (a sum of money, a count), and whether a fact gives
one. Pure.

Two facts of one topic often hold different figures: "a further £21 million to train 400 more
education psychologists" is a sum and a count; "a £70 million Change Programme ... made up of
32 local authorities" likewise. Their words are nearly the same, so the words alone may put
the wrong one first: "is there any new money for EPs?" asks the sum, "AP taskforce numbers"
asks for a figure, which a fact giving only the month it was extended to does not give.
"""

from __future__ import annotations

import re

from sendbot.answering.intent import Intent
from sendbot.answering.question import Question
from sendbot.knowledge.figures import figures_besides_dates
from sendbot.knowledge.model import Fact, FigureKind

# Words that ask for a sum of money. Not "value for money" (a verdict), nor a count of those
# given money ("how many schools got funding": the intent says a count is asked).
_MONEY_WORDS = re.compile(
    r"£|\b(?:money|cash|funding|funded|budgets?|costs?|costing|worth|spend|spending|spent|"
    r"invest|invested|investing|investment|pounds|quid|millions?|billions?|bn)\b"
)
_NOT_A_SUM = re.compile(r"\bvalue for money\b")
# Words that ask for a figure of any kind: "AP taskforce numbers", "PINS stats?".
_ANY_FIGURE_WORDS = re.compile(r"\b(?:numbers|figures|stats|statistics)\b")

# The kinds of question whose answer is a figure the words above may name; a date, a place or
# a name asked ("when did the funding start") is no figure of these kinds.
_FIGURE_INTENTS = frozenset({Intent.AMOUNT, Intent.OTHER})

_SUM = frozenset({FigureKind.MONEY, FigureKind.PERCENT})
_COUNT = frozenset({FigureKind.COUNT})
_ANY = _SUM | _COUNT


def figure_kinds_asked(question: Question) -> frozenset[FigureKind]:
    """The kinds of figure, any one of which answers what the question asks: a count ("how
    many"), a sum ("how much money", "the budget", "is it £50 million?", where a rise in per
    cent also answers "how much has the budget gone up"), any figure ("numbers"); none when
    it asks no figure or the words do not say which."""
    text = question.text.lower()
    if question.intent is Intent.COUNT:
        return _COUNT
    if question.intent not in _FIGURE_INTENTS:
        return frozenset()
    named = {figure.kind for figure in figures_besides_dates(text)}
    if FigureKind.MONEY in named or (_MONEY_WORDS.search(text) and not _NOT_A_SUM.search(text)):
        return _SUM
    if _ANY_FIGURE_WORDS.search(text):
        return _ANY
    return frozenset()


def gives_a_kind(fact: Fact, kinds: frozenset[FigureKind]) -> bool:
    """The fact gives a figure of one of `kinds`. Its figures say what it gives: a quote may
    hold a sibling's figure ("a £70 million Change Programme made up of 32 local authorities"
    of the count); only a fact without figures is read by its quote."""
    if fact.figures:
        return any(figure.kind in kinds for figure in fact.figures)
    return FigureKind.MONEY in kinds and "£" in fact.quote
