"""A question whose subject is a sum of money, answered with the count of its sentence. Pure.

"A further £21 million to train 400 more education psychologists across the academic years
2024 and 2025" is two facts: the money and the count, each with the years. "Which years does
the EP training money cover?", "what's the funding for EP training over 2024 and 2025?" name
the money as what they ask about, but the count, whose words are those of the training, may
rank first; then the money, of the very same sentence and ranked right behind, answers: it
gives the years too, and the sum the asker names. Not a count asked ("how many EPs will the
funding train?"): the count answers that.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import Question
from sendbot.answering.ranked import Candidate
from sendbot.answering.sibling_answer import of_one_sentence
from sendbot.knowledge.figures import figures_besides_dates
from sendbot.knowledge.model import Fact, FigureKind

# Words naming money as the thing asked about: "the training money", "the funding for",
# "the budget", "the grant", "the £ for it".
_MONEY_NAMED = re.compile(
    r"(?:\b(?:money|funding|funded|budget|budgets|grant|grants|cash|investment|invested)\b"
    r"|£|\bpounds\b)"
)
# A count asked by a noun, not by "how many": "numbers?", "the count", "headcount".
_COUNT_NAMED = re.compile(r"\b(?:number|numbers|count|counts|headcount|tally|many)\b")
# ... or by the places the money pays for: "trainee EP places funded?", "funded posts?" ask
# how many places, which the count gives (the money is what pays for them).
_PLACES_FUNDED = re.compile(
    r"\b(?:places|posts|spaces|slots|seats)(?: (?:being|to be|now|actually))? funded\b|"
    r"\bfunded (?:training )?(?:places|posts|spaces|slots|seats)\b"
)
# What the sum's fact gives as well as its count's: the sum itself, its years, what it is for
# ("which years is the money for?" reads as a purpose), or the asking unread ("the funding
# for EP training?"). A count asked is the count's to answer ("how many
# EPs will the funding train?"), a share or a verdict no sum's fact gives.
_KINDS_THE_SUM_GIVES = frozenset(
    {Intent.OTHER, Intent.AMOUNT, Intent.DATE, Intent.START, Intent.END, Intent.REASON}
)


def _gives_money(fact: Fact) -> bool:
    return any(figure.kind is FigureKind.MONEY for figure in fact.figures)


def _counts_only(fact: Fact) -> bool:
    """The fact's figures, besides its dates, are counts: what the sum buys, not a share or
    a rise of it ("a 60% rise in high needs funding" answers "how big is the rise?")."""
    kinds = {figure.kind for figure in fact.figures} - {FigureKind.DATE}
    return kinds == {FigureKind.COUNT}


def money_named_beside(
    index: FactIndex, question: Question, top: Candidate, behind: Candidate
) -> bool:
    """`behind`, right behind the answer `top`, is the sum of `top`'s own sentence, and the
    question names money as its subject while `top` gives only a count: `behind` answers
    instead."""
    if question.intent not in _KINDS_THE_SUM_GIVES or behind.evidence.missing is not None:
        return False
    if (
        question.checking
        or _COUNT_NAMED.search(question.text)
        or _PLACES_FUNDED.search(question.text)
    ):
        # "is the £70m programme made up of 32 councils?": a count checked, the count's own;
        # "trainee EP numbers from the new money?": a count asked by a noun.
        return False
    if figures_besides_dates(question.text):
        # "the £13m neurodiversity programme, what's it for?": the sum told names the thing;
        # what is asked of it is another fact's.
        return False
    if not _MONEY_NAMED.search(question.text):
        return False
    first, sibling = index.facts[top.position], index.facts[behind.position]
    if not _counts_only(first) or not _gives_money(sibling):
        return False
    return of_one_sentence(index, sibling, first)
