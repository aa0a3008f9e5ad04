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

from sendbot.answering.fact_profile import is_age
from sendbot.answering.intent import Intent
from sendbot.answering.question import Question
from sendbot.knowledge.figures import figures_besides_dates
from sendbot.knowledge.model import Fact, Figure, FigureKind

# Words naming a sum of money.
_MONEY = r"(?:money|cash|funding|funds|budget|budgets|investment|cost|costs)"
_MORE = r"(?:new |more |extra |additional |further )?"
# Asking for a sum in words other than "how much" (read of the folded question, where "£" is
# "pounds"): "is there any new money for EPs", "what's that programme's budget", "EP training
# funding?". Not money as the topic of another question ("does most high needs money go to
# councils", "how schools can use that money", "did the answer on extra funding mention
# autism"): the sum must be what the question ends on or asks exists.
_SUM_ASKED = re.compile(
    rf"\b(?:is|are|has|have|was|were) there (?:been )?(?:any|some) {_MORE}{_MONEY}\b|"
    rf"^any {_MORE}{_MONEY}\b|"
    rf"\b(?:what is|whats|what s|what was|what are) (?:the |that |this |its |their )?"
    rf"(?:\w+ ){{0,3}}?{_MONEY}$"
)
# A topic and then the sum, and nothing else: "SEND change programme cost?".
_SUM_ALONE = re.compile(rf"^(?:\w+ ){{1,4}}{_MONEY}$")
# Words that ask for a figure of any kind: "AP taskforce numbers", "PINS stats?".
_ANY_FIGURE = re.compile(r"^(?:\w+ ){0,5}?(?:numbers|figures|stats|statistics)(?: \w+){0,5}$")
# "special school numbers - newest stat" asks the newest word on a topic, which the newest
# answer's figure gives, whatever kind it is (the newest-figure rules find it).
_NEWEST = re.compile(r"\b(?:newest|latest|recent|current|currently|now|today)\b")
# Any auxiliary opening the question: unlike own_case's reader, no leading "so/and/but".
_YES_NO = re.compile(
    r"(?:will|would|does|do|did|is|are|was|were|can|could|has|have|had|should|shall) "
)
# ... and, after "how much", the verbs of laying out money: "how much is the govt investing
# to grow supported internships", "how much is being spent on EPs" ask the sum.
_MONEY_WORD = re.compile(
    rf"\b{_MONEY}\b|\bpounds\b|\bworth\b|\b(?:invest|spend)(?:s|ed|ing)?\b|\bspent\b"
)

_SUM = frozenset({FigureKind.MONEY, FigureKind.PERCENT})
_COUNT = frozenset({FigureKind.COUNT})
_ANY = _SUM | _COUNT


def figure_kinds_asked(question: Question, text: str) -> frozenset[FigureKind]:
    """The kinds of figure, any one of which answers what the question (`text` as asked)
    asks: a count ("how many"), a sum ("how much money", "any new funding", "is it £50
    million?"; a rise in per cent answers "how much has the budget gone up"), any figure
    ("AP taskforce numbers"); none when it asks no figure or its words do not say which
    ("how big is it" is a sum or a count)."""
    if question.intent is Intent.COUNT:
        return _COUNT
    if question.intent not in (Intent.AMOUNT, Intent.OTHER):
        return frozenset()  # a date, a place, a name, a verdict: no figure of these kinds
    folded = question.text.lower()
    if _SUM_ASKED.search(folded) or _SUM_ALONE.match(folded):
        return _SUM
    # The kinds of figure the question names, read only where they decide (extracting
    # figures is the dearest reading here, and most questions reach neither test).
    if question.checking and _named_kinds(text) == {FigureKind.MONEY}:
        return _SUM  # "someone told me it's £50 million, is that right?" checks a sum
    if question.intent is Intent.AMOUNT:
        # "how much money", "what's it worth"; not a yes/no ("will the funding help with the
        # rising cost"), nor a question naming the sum it is about ("the answer about the
        # £6,000 support costs"), whose "cost" is no sum asked
        asked = _MONEY_WORD.search(folded) and not _YES_NO.match(folded)
        return _SUM if asked and FigureKind.MONEY not in _named_kinds(text) else frozenset()
    if _ANY_FIGURE.match(folded) and not _NEWEST.search(folded):
        return _ANY
    return frozenset()


def _named_kinds(text: str) -> set[FigureKind]:
    return {figure.kind for figure in figures_besides_dates(text.lower())}


def gives_a_kind(fact: Fact, kinds: frozenset[FigureKind]) -> bool:
    """The fact gives a figure of one of `kinds`. Its figures say what it gives: a quote may
    hold a sibling's figure ("a £70 million Change Programme made up of 32 local authorities"
    of the count); only a fact without figures is read by its quote."""
    if fact.figures:
        return any(
            figure.kind in kinds and not (figure.kind is FigureKind.COUNT and _no_number_of(figure))
            for figure in fact.figures
        )
    return FigureKind.MONEY in kinds and "£" in fact.quote


# Units of a count that measure time: "over 3 years" says how long, not how many of anything.
_TIME_UNITS = frozenset("year years month months week weeks day days".split())


def _no_number_of(figure: Figure) -> bool:
    """A count that numbers nothing asked for: someone's age, or a span of time."""
    return is_age(figure) or (figure.unit or "").lower() in _TIME_UNITS
