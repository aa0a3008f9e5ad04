"""A question about the people a sum trains, answered with their count, not the sum. Pure.

"A further £21 million to train 400 more education psychologists" is two facts: the money and
the count. "Will there be more ed psychs trained?", "are extra EPs being trained?" ask whether
there will be more of the people, and name no money; the money, whose words are those of the
training too, may rank first by a hair. Then the count of its very sentence, ranked right
behind and counting the people the question names, answers: it says how many more there will
be. Not when money or a figure is named ("is there money for more EPs?", "is it 21m for
EPs?"): the sum answers that.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import Question
from sendbot.answering.ranked import Candidate
from sendbot.answering.sibling_answer import of_one_sentence
from sendbot.knowledge.model import Fact, FigureKind

# Words naming money, or what is paid, as what is asked about: then the sum answers.
_MONEY_ASKED = re.compile(
    r"(?:\b(?:money|funding|funded|fund|funds|budget|budgets|grant|grants|cash|investment|"
    r"invest|invested|investing|cost|costs|costing|spend|spent|spending|pay|paid|paying|"
    r"afford|worth|much|million|millions|billion|billions|m|bn|k|given|give|gives|giving|"
    r"provided|provide|provides|providing|allocated|allocate|committed|pledged|put|putting)\b|"
    r"£|\bpounds?\b|\d)"
)
# Words asking for more of the people: "more", "extra" EPs trained (a reading of a message
# cut short, "is there for the programme ...", asks none).
_MORE = frozenset("more extra further additional new".split())
# Only a yes-or-no (or unread) asking: a count, a date or a sum asked is read by its kind.
_KINDS_ASKED = frozenset({Intent.OTHER})


def _gives_money(fact: Fact) -> bool:
    return any(figure.kind is FigureKind.MONEY for figure in fact.figures)


def _counts_only(fact: Fact) -> bool:
    kinds = {figure.kind for figure in fact.figures} - {FigureKind.DATE}
    return kinds == {FigureKind.COUNT}


def people_named_beside(
    index: FactIndex, message: str, question: Question, top: Candidate, behind: Candidate
) -> bool:
    """`behind`, right behind the answer `top`, counts what `top`'s sum pays for, in the same
    sentence; the question names those counted and no money, nor does the whole `message`
    (the question may be one clause of it): `behind` answers instead."""
    if question.intent not in _KINDS_ASKED or behind.evidence.missing is not None:
        return False
    if _MONEY_ASKED.search(question.text.lower()) or _MONEY_ASKED.search(message.lower()):
        return False
    if _MORE.isdisjoint(question.words):
        return False
    first, sibling = index.facts[top.position], index.facts[behind.position]
    if not _gives_money(first) or not _counts_only(sibling):
        return False
    # Both the people counted and what is done to them ("trained") are named: "the
    # neurodiversity programme for schools, the one announced last autumn?" names neither.
    profile = index.profiles[behind.position]
    named = frozenset(index.normaliser.terms(question.text))
    if not profile.count_terms & named or not (profile.label_terms - profile.count_terms) & named:
        return False
    return of_one_sentence(index, first, sibling)
